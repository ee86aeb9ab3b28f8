package org.excerpta.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.excerpta.testing.SharedData;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validates project files against the official REFI-QDA schema (Project-mrt2019.xsd from the
 * shared data), securely: no DOCTYPE, no external DTD or schema is ever fetched.
 */
final class QdeSchema {

	private static Schema schema;

	private QdeSchema() {
	}

	private static synchronized Schema schema() throws Exception {
		if (schema == null) {
			SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			byte[] xsd = Files.readAllBytes(SharedData.file("refi/Project-mrt2019.xsd"));
			schema = f.newSchema(new StreamSource(new ByteArrayInputStream(xsd)));
		}
		return schema;
	}

	/** Every schema violation of a project file, as "line:column message". */
	static List<String> problems(InputStream qde) throws Exception {
		Validator v = schema().newValidator();
		v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		List<String> problems = new ArrayList<>();
		v.setErrorHandler(new ErrorHandler() {
			@Override
			public void warning(SAXParseException e) {
				problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " warning: " + e.getMessage());
			}

			@Override
			public void error(SAXParseException e) {
				problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
			}

			@Override
			public void fatalError(SAXParseException e) {
				problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " fatal: " + e.getMessage());
			}
		});
		SAXParserFactory spf = SAXParserFactory.newInstance();
		spf.setNamespaceAware(true);
		spf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		spf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		spf.setFeature("http://xml.org/sax/features/external-general-entities", false);
		spf.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		XMLReader reader = spf.newSAXParser().getXMLReader();
		try {
			v.validate(new SAXSource(reader, new InputSource(qde)));
		} catch (SAXParseException e) {
			if (problems.isEmpty()) {
				problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
			}
		}
		return problems;
	}

	/** The project.qde of an archive. */
	static byte[] qdeOf(Path qdpx) throws IOException {
		try (ZipFile zip = new ZipFile(qdpx.toFile())) {
			ZipEntry e = zip.getEntry("project.qde");
			if (e == null) {
				throw new AssertionError(qdpx + " has no project.qde");
			}
			try (InputStream in = zip.getInputStream(e)) {
				return in.readAllBytes();
			}
		}
	}

	/** Fails with every violation when the archive's project.qde is not valid against the schema. */
	static void assertValid(Path qdpx) throws Exception {
		List<String> problems = problems(new ByteArrayInputStream(qdeOf(qdpx)));
		assertEquals(List.of(), problems, qdpx.getFileName() + ": project.qde is not valid against Project-mrt2019.xsd");
	}
}
