package org.excerpta.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.excerpta.exchange.qdpx.QdpxImportException;
import org.excerpta.exchange.qdpx.QdpxImportOptions;
import org.excerpta.exchange.qdpx.QdpxImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archives made to harm: each is refused with a message saying what is wrong and where, nothing
 * outside the archive is read or written, and no project folder (or hidden staging folder) is
 * left behind.
 */
class HostileArchiveTest {

	@TempDir
	Path tmp;

	private static final String GOOD = VendorQuirksTest.qde(VendorQuirksTest.NS, "Test", "<TextSource guid=\""
			+ VendorQuirksTest.SRC + "\" name=\"Doc\" plainTextPath=\"internal://doc.txt\"/>");

	/** Imports, expects a refusal, and checks that nothing was left in the work folder. */
	private String refused(Path archive, QdpxImportOptions options) throws Exception {
		List<String> before = listing();
		QdpxImportException e = assertThrows(QdpxImportException.class,
				() -> new QdpxImporter(options).importProject(archive, tmp.resolve("out/project")));
		assertFalse(Files.exists(tmp.resolve("out")), "no folder is left behind");
		assertEquals(before, listing(), "nothing new in " + tmp);
		return e.getMessage();
	}

	private String refused(Path archive) throws Exception {
		return refused(archive, QdpxImportOptions.defaults());
	}

	private List<String> listing() throws Exception {
		try (Stream<Path> s = Files.walk(tmp)) {
			return s.map(p -> tmp.relativize(p).toString()).sorted().toList();
		}
	}

	@Test
	void anExternalEntityIsNeverResolved() throws Exception {
		Path secret = Files.writeString(tmp.resolve("secret.txt"), "TOP SECRET");
		String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
				+ GOOD.substring(GOOD.indexOf("<Project")).replace("name=\"Doc\"", "name=\"&x;\"");
		String m = refused(Zips.of().put("project.qde", xxe).put("sources/doc.txt", "t").writeTo(tmp.resolve("xxe.qdpx")));
		assertTrue(m.contains("DOCTYPE") && m.contains("line 2"), m);
		assertFalse(m.contains("TOP SECRET"), m);
	}

	@Test
	void entityExpansionIsRefused() throws Exception {
		String lol = "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;"
				+ "&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n" + GOOD.substring(GOOD.indexOf("<Project"))
						.replace("name=\"Doc\"", "name=\"&c;\"");
		String m = refused(Zips.of().put("project.qde", lol).writeTo(tmp.resolve("lol.qdpx")));
		assertTrue(m.contains("DOCTYPE"), m);
	}

	@Test
	void anEntryClimbingOutOfTheArchiveIsRefused() throws Exception {
		Path zip = Zips.of().put("project.qde", GOOD).put("sources/../../evil.txt", "x").writeTo(tmp.resolve("slip.qdpx"));
		String m = refused(zip);
		assertTrue(m.contains("slip.qdpx") && m.contains("sources/../../evil.txt") && m.contains(".."), m);
		assertFalse(Files.exists(tmp.getParent().resolve("evil.txt")));
	}

	@Test
	void entriesWithAbsolutePathsAreRefused() throws Exception {
		String m = refused(Zips.of().put("project.qde", GOOD).put("/tmp/abs.txt", "x").writeTo(tmp.resolve("abs.qdpx")));
		assertTrue(m.contains("\"/tmp/abs.txt\"") && m.contains("absolute"), m);
		m = refused(Zips.of().put("project.qde", GOOD).put("C:\\Windows\\x.txt", "x").writeTo(tmp.resolve("drive.qdpx")));
		assertTrue(m.contains("absolute"), m);
	}

	@Test
	void tooManyEntriesAreRefused() throws Exception {
		Zips z = Zips.of().put("project.qde", GOOD);
		for (int i = 0; i < 30; i++) {
			z.put("sources/f" + i + ".txt", "x");
		}
		String m = refused(z.writeTo(tmp.resolve("many.qdpx")), QdpxImportOptions.defaults().withMaxEntries(20));
		assertTrue(m.contains("31 entries") && m.contains("limit of 20"), m);
	}

	@Test
	void aZipBombIsStoppedAtTheSizeLimit() throws Exception {
		byte[] zeros = new byte[8 << 20];
		Path bomb = Zips.of().put("project.qde", GOOD).put("sources/doc.txt", zeros).writeTo(tmp.resolve("bomb.qdpx"));
		assertTrue(Files.size(bomb) < 100_000, "8 MB of zeros pack small");
		String m = refused(bomb, QdpxImportOptions.defaults().withMaxTotalBytes(1 << 20));
		assertTrue(m.contains("more than 1048576 bytes"), m);
		m = refused(bomb, QdpxImportOptions.defaults().withMaxEntryBytes(1 << 20));
		assertTrue(m.contains("sources/doc.txt") && m.contains("limit for one entry"), m);
	}

	/** An archive whose directory understates an entry's size is caught while reading, by what really unpacks. */
	@Test
	void anEntryUnpackingToMoreThanItDeclaresIsRefused() throws Exception {
		byte[] text = new byte[200_000];
		java.util.Arrays.fill(text, (byte) 'a');
		byte[] zip = Zips.of().put("project.qde", GOOD).put("sources/doc.txt", text).bytes();
		understate(zip, "sources/doc.txt", 1000);
		Path forged = Files.write(tmp.resolve("forged.qdpx"), zip);
		String m = refused(forged);
		assertTrue(m.contains("sources/doc.txt"), m);
	}

	/** Rewrites the uncompressed size an entry's central directory record declares. */
	private static void understate(byte[] zip, String entry, int size) {
		ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
		for (int i = zip.length - 46; i >= 0; i--) {
			if (b.getInt(i) == 0x02014b50) {
				int nameLength = b.getShort(i + 28) & 0xFFFF;
				String name = new String(zip, i + 46, nameLength, java.nio.charset.StandardCharsets.UTF_8);
				if (name.equals(entry)) {
					b.putInt(i + 24, size);
					return;
				}
			}
		}
		throw new AssertionError("no central directory record for " + entry);
	}

	@Test
	void malformedXmlIsReportedWithItsLineAndColumn() throws Exception {
		String broken = GOOD.replace("<Users><User guid=\"" + VendorQuirksTest.U + "\" name=\"Coder\"/></Users>",
				"<Users><User guid=\"" + VendorQuirksTest.U + "\" name=\"Coder\"></Users>");
		String m = refused(Zips.of().put("project.qde", broken).writeTo(tmp.resolve("broken.qdpx")));
		assertTrue(m.matches("(?s)broken\\.qdpx, project\\.qde, line 3, column \\d+: not well-formed XML: .*"), m);
	}

	@Test
	void anInvalidGuidIsReportedWithItsElementAndLine() throws Exception {
		String bad = GOOD.replace("guid=\"" + VendorQuirksTest.SRC + "\"", "guid=\"not-a-guid\"");
		String m = refused(Zips.of().put("project.qde", bad).writeTo(tmp.resolve("guid.qdpx")));
		assertTrue(m.contains("line 6") && m.contains("<TextSource>") && m.contains("not-a-guid"), m);
	}

	@Test
	void aCodebookFaultIsReportedWithItsLine() throws Exception {
		String twice = GOOD.replace("</Codes>", "<Code guid=\"" + VendorQuirksTest.CODE + "\" name=\"Again\" isCodable=\"true\"/>"
				+ "</Codes>");
		String m = refused(Zips.of().put("project.qde", twice).writeTo(tmp.resolve("twice.qdpx")));
		assertTrue(m.matches("twice\\.qdpx, project\\.qde, line 4: in the CodeBook: .*used twice in the file"), m);
	}

	@Test
	void codesNestedBeyondReasonAreRefused() throws Exception {
		StringBuilder deep = new StringBuilder();
		for (int i = 0; i < 300; i++) {
			deep.append("<Code guid=\"").append(String.format("c0de0000-0000-4000-8000-%012d", i + 10))
					.append("\" name=\"L").append(i).append("\" isCodable=\"true\">");
		}
		deep.append("</Code>".repeat(300));
		String file = GOOD.replace("</Codes>", deep + "</Codes>");
		String m = refused(Zips.of().put("project.qde", file).writeTo(tmp.resolve("deep.qdpx")));
		assertTrue(m.matches("deep\\.qdpx, project\\.qde, line 4, column \\d+: codes are nested more than 64 levels deep.*"), m);
	}

	@Test
	void somethingThatIsNotAProjectIsRefused() throws Exception {
		String m = refused(Files.write(tmp.resolve("noise.qdpx"), new byte[] { 'P', 'K', 3, 4, 1, 2, 3 }));
		assertTrue(m.contains("noise.qdpx") && m.contains("not a readable .qdpx"), m);
		m = refused(Zips.of().put("readme.txt", "hello").writeTo(tmp.resolve("empty.qdpx")));
		assertTrue(m.contains("holds no project.qde"), m);
		m = refused(Zips.of().put("project.qde", "<html><body/></html>").writeTo(tmp.resolve("html.qdpx")));
		assertTrue(m.contains("expected a REFI-QDA <Project>") && m.contains("line 1"), m);
	}

	@Test
	void anExistingFolderIsNeverWrittenInto() throws Exception {
		Path existing = Files.createDirectories(tmp.resolve("mine"));
		Files.writeString(existing.resolve("notes.txt"), "keep me");
		Path ok = Zips.of().put("project.qde", GOOD).put("sources/doc.txt", "text").writeTo(tmp.resolve("ok.qdpx"));
		QdpxImportException e = assertThrows(QdpxImportException.class, () -> new QdpxImporter().importProject(ok, existing));
		assertTrue(e.getMessage().contains("not an empty folder"), e.getMessage());
		try (Stream<Path> s = Files.list(existing)) {
			assertEquals(List.of(existing.resolve("notes.txt")), s.toList());
		}
	}

	@Test
	void zipBombsAreCaughtEvenWhenTheDirectoryIsHonestAboutManySmallEntries() throws Exception {
		// many entries that each pass the per-entry limit but together pass the total
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("project.qde"));
			zip.write(GOOD.replace("internal://doc.txt", "internal://f0.txt").getBytes(java.nio.charset.StandardCharsets.UTF_8));
			for (int i = 0; i < 8; i++) {
				zip.putNextEntry(new ZipEntry("sources/f" + i + ".txt"));
				zip.write(new byte[300_000]);
			}
		}
		Path many = Files.write(tmp.resolve("many-small.qdpx"), out.toByteArray());
		String m = refused(many, QdpxImportOptions.defaults().withMaxTotalBytes(1_000_000));
		assertTrue(m.contains("in all"), m);
	}
}
