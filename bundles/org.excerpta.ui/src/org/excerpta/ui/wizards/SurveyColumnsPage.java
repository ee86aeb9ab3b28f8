package org.excerpta.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.excerpta.importer.survey.SurveyImporter;
import org.excerpta.importer.survey.SurveyOptions;
import org.excerpta.importer.survey.SurveyPreview;
import org.excerpta.model.VariableType;

/**
 * The survey's columns as Excerpta reads them: which is the respondent ID, which are open
 * questions (texts to code) and which are attributes, with their detected types. Click a role
 * or a type to change it.
 */
public final class SurveyColumnsPage extends WizardPage {

	private static final String[] ROLES = { "respondent ID", "open question", "attribute", "empty, left out" };
	/** What a user can choose for a column that has values. */
	private static final String[] CHOICES = { ROLES[0], ROLES[1], ROLES[2] };
	private static final VariableType[] TYPES = { VariableType.TEXT, VariableType.INTEGER, VariableType.FLOAT,
			VariableType.BOOLEAN, VariableType.DATE, VariableType.DATE_TIME };

	/** One column as shown and as the user set it. */
	private static final class Row {
		final SurveyPreview.Column column;
		int role;
		VariableType type;

		Row(SurveyPreview.Column column) {
			this.column = column;
			this.role = switch (column.role()) {
			case ID -> 0;
			case OPEN -> 1;
			case CLOSED -> 2;
			case EMPTY -> 3;
			};
			this.type = column.type() == null ? VariableType.TEXT : column.type();
		}
	}

	private final SurveyFilePage filePage;
	private TableViewer viewer;
	private Label summary;
	private final List<Row> rows = new ArrayList<>();
	private Path previewed;

	SurveyColumnsPage(SurveyFilePage filePage) {
		super("surveyColumns", "Columns", null);
		this.filePage = filePage;
		setDescription("Check what each column becomes. Click a role or a type to change it.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout(1, false));
		summary = new Label(c, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		viewer = new TableViewer(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer); // why each column got its role
		column("#", 40, r -> String.valueOf(r.column.position()));
		column("Column", 230, r -> r.column.name());
		TableViewerColumn role = column("Becomes", 130, r -> ROLES[r.role]);
		role.setEditingSupport(new ComboEditing(CHOICES) {
			@Override
			int get(Row r) {
				return r.role;
			}

			@Override
			void set(Row r, int i) {
				if (i == 0) {
					rows.forEach(other -> {
						if (other.role == 0) {
							other.role = 2; // one ID column: the old one becomes an attribute
						}
					});
				}
				r.role = i;
			}
		});
		TableViewerColumn type = column("Type", 90, r -> r.role == 2 ? r.type.getLiteral() : "");
		String[] typeNames = java.util.Arrays.stream(TYPES).map(VariableType::getLiteral).toArray(String[]::new);
		type.setEditingSupport(new ComboEditing(typeNames) {
			@Override
			int get(Row r) {
				return java.util.Arrays.asList(TYPES).indexOf(r.type);
			}

			@Override
			void set(Row r, int i) {
				r.type = TYPES[i];
			}
		});
		column("Examples", 260, r -> String.join(" | ", r.column.samples().subList(0, Math.min(3, r.column.samples().size()))));
		setControl(c);
	}

	private TableViewerColumn column(String title, int width, java.util.function.Function<Row, String> text) {
		return TextColumns.add(viewer, Row.class, title, width, text, r -> r.column.reason());
	}

	/** A combo-box cell for a role or a type. */
	private abstract class ComboEditing extends EditingSupport {
		private final String[] items;

		ComboEditing(String[] items) {
			super(viewer);
			this.items = items;
		}

		abstract int get(Row r);

		abstract void set(Row r, int index);

		@Override
		protected CellEditor getCellEditor(Object element) {
			return new ComboBoxCellEditor(viewer.getTable(), items, SWT.READ_ONLY);
		}

		@Override
		protected boolean canEdit(Object element) {
			return ((Row) element).role != 3; // an empty column has nothing to import
		}

		@Override
		protected Object getValue(Object element) {
			return get((Row) element);
		}

		@Override
		protected void setValue(Object element, Object value) {
			int i = (Integer) value;
			if (i >= 0) {
				set((Row) element, i);
				viewer.refresh();
			}
		}
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible && !filePage.file().equals(previewed)) {
			preview();
		}
		super.setVisible(visible);
	}

	private void preview() {
		previewed = filePage.file();
		Path file = previewed;
		SurveyOptions detect = new SurveyOptions(null, List.of(), Map.of(), filePage.sheet(), filePage.headerRows());
		SurveyPreview[] result = new SurveyPreview[1];
		String[] problem = new String[1];
		try {
			getContainer().run(true, true, monitor -> {
				try {
					result[0] = new SurveyImporter().preview(file, detect, monitor);
				} catch (RuntimeException e) {
					problem[0] = e.getMessage();
				}
			});
		} catch (InvocationTargetException | InterruptedException e) {
			problem[0] = e.getMessage();
		}
		rows.clear();
		if (result[0] != null) {
			result[0].columns().forEach(col -> rows.add(new Row(col)));
			summary.setText(result[0].format() + ", " + result[0].headerRows() + " header row(s), " + result[0].respondents()
					+ " respondents" + (result[0].notes().isEmpty() ? "" : ". " + String.join("; ", result[0].notes())));
			setErrorMessage(null);
		} else {
			summary.setText("");
			setErrorMessage(problem[0]);
		}
		viewer.setInput(rows);
		setPageComplete(result[0] != null);
		summary.getParent().layout();
	}

	/** The columns as listed: name and what each becomes (for tests). */
	public Map<String, String> roles() {
		Map<String, String> m = new java.util.LinkedHashMap<>();
		rows.forEach(r -> m.put(r.column.name(), ROLES[r.role] + (r.role == 2 ? " " + r.type.getLiteral() : "")));
		return m;
	}

	/** Sets what a column becomes, as a click in the table would (for tests). */
	public void setRole(String columnName, String role) {
		rows.stream().filter(r -> r.column.name().equals(columnName)).forEach(r -> r.role = java.util.Arrays.asList(ROLES).indexOf(role));
		viewer.refresh();
	}

	SurveyOptions options() {
		String id = null;
		List<String> open = new ArrayList<>();
		Map<String, VariableType> types = new HashMap<>();
		for (Row r : rows) {
			switch (r.role) {
			case 0 -> id = r.column.name();
			case 1 -> open.add(r.column.name());
			case 2 -> {
				if (r.type != r.column.type()) {
					types.put(r.column.name(), r.type);
				}
			}
			default -> {
				// left out
			}
			}
		}
		return new SurveyOptions(id, open, types, filePage.sheet(), filePage.headerRows());
	}
}
