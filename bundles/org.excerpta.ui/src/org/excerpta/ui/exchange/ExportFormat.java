package org.excerpta.ui.exchange;

/** What File > Export can write, in the words the wizard shows. */
public enum ExportFormat {
	QDPX("qdpx", "REFI-QDA project (.qdpx): the whole project, for NVivo, ATLAS.ti, MAXQDA, QualCoder", "qdpx", false),
	QDC("qdc", "REFI-QDA codebook (.qdc): codes, colours and definitions", "qdc", false),
	HTML("html", "HTML report: codebook, excerpts, counts tables and charts in one file", "html", false),
	XLSX("xlsx", "Excel workbook (.xlsx): coded excerpts and every counts table, a sheet each", "xlsx", false),
	CSV("csv", "CSV files: coded excerpts and every counts table, a file each, in a folder", null, true),
	GEXF("gexf", "Code network (.gexf) for Gephi, with degree and betweenness", "gexf", false),
	GEXF_CASES("gexf-cases", "Case network (.gexf) for Gephi: cases linked by shared codes", "gexf", false);

	private final String id;
	private final String label;
	private final String extension;
	private final boolean folder;

	ExportFormat(String id, String label, String extension, boolean folder) {
		this.id = id;
		this.label = label;
		this.extension = extension;
		this.folder = folder;
	}

	public String id() {
		return id;
	}

	public String label() {
		return label;
	}

	/** The file name extension, or null when the export is a folder. */
	public String extension() {
		return extension;
	}

	public boolean isFolder() {
		return folder;
	}
}
