package org.excerpta.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sqlite.SQLiteDataSource;

/**
 * The storage approach of QualCoder- and Taguette-style tools, on the same data: SQLite (through
 * sqlite-jdbc, with its durable defaults: rollback journal, synchronous FULL) holding respondents
 * with their attributes, answers, an FTS5 full-text index over the answers (Porter stemming, as
 * close as SQLite comes to Lucene's English analyser), codes and codings, with indexes on the
 * codings' code and answer. Codes are numbered as in the {@link CodingPlan} from 1; answers and
 * respondents by their place in the CSV from 1.
 */
public final class SqliteBaseline implements AutoCloseable {

	private static final String[] COLUMNS = SurveyShape.ATTRIBUTES.stream()
			.map(a -> a.name().toLowerCase(Locale.ROOT).replace(' ', '_')).toArray(String[]::new);

	private final Connection db;

	private SqliteBaseline(Connection db) {
		this.db = db;
	}

	/** A new database file (an existing one is replaced). */
	public static SqliteBaseline create(Path file) {
		try {
			Files.deleteIfExists(file);
			Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-journal"));
			SQLiteDataSource source = new SQLiteDataSource();
			source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
			SqliteBaseline b = new SqliteBaseline(source.getConnection());
			b.schema();
			return b;
		} catch (SQLException | java.io.IOException e) {
			throw new IllegalStateException("SQLite baseline: cannot create " + file + ": " + e.getMessage(), e);
		}
	}

	/** The database a previous {@link #create} and {@link #load} made. */
	public static SqliteBaseline open(Path file) {
		try {
			SQLiteDataSource source = new SQLiteDataSource();
			source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
			return new SqliteBaseline(source.getConnection());
		} catch (SQLException e) {
			throw new IllegalStateException("SQLite baseline: cannot open " + file + ": " + e.getMessage(), e);
		}
	}

	private void schema() throws SQLException {
		try (Statement s = db.createStatement()) {
			s.execute("CREATE TABLE respondent (id INTEGER PRIMARY KEY, name TEXT NOT NULL, " + String.join(" TEXT, ", COLUMNS)
					+ " TEXT)");
			s.execute("CREATE TABLE answer (id INTEGER PRIMARY KEY, respondent INTEGER NOT NULL REFERENCES respondent(id), "
					+ "question TEXT NOT NULL, text TEXT NOT NULL)");
			s.execute("CREATE VIRTUAL TABLE answer_fts USING fts5(text, content='answer', content_rowid='id', "
					+ "tokenize='porter unicode61')");
			s.execute("CREATE TABLE code (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
			s.execute("CREATE TABLE coding (id INTEGER PRIMARY KEY, code INTEGER NOT NULL REFERENCES code(id), "
					+ "answer INTEGER NOT NULL REFERENCES answer(id), start INTEGER NOT NULL, end INTEGER NOT NULL, "
					+ "coder TEXT NOT NULL, created TEXT NOT NULL)");
			s.execute("CREATE INDEX coding_code ON coding(code)");
			s.execute("CREATE INDEX coding_answer ON coding(answer)");
		}
	}

	/** Loads the answers and their respondents from the CSV in one transaction; returns the answers loaded. */
	public long load(Path csv) {
		String respondentSql = "INSERT INTO respondent (id, name, " + String.join(", ", COLUMNS) + ") VALUES (?, ?"
				+ ", ?".repeat(COLUMNS.length) + ")";
		long[] n = { 0 };
		inTransaction(() -> {
			try (PreparedStatement respondent = db.prepareStatement(respondentSql);
					PreparedStatement answer = db.prepareStatement("INSERT INTO answer (id, respondent, question, text) VALUES (?, ?, ?, ?)");
					PreparedStatement fts = db.prepareStatement("INSERT INTO answer_fts (rowid, text) VALUES (?, ?)")) {
				AnswerRows.read(csv, row -> {
					try {
						long id = row.number() + 1;
						respondent.setLong(1, id);
						respondent.setString(2, row.id());
						for (int i = 0; i < COLUMNS.length; i++) {
							respondent.setString(3 + i, row.attributes()[i]);
						}
						respondent.executeUpdate();
						answer.setLong(1, id);
						answer.setLong(2, id);
						answer.setString(3, SurveyShape.OPEN);
						answer.setString(4, row.text());
						answer.executeUpdate();
						fts.setLong(1, id);
						fts.setString(2, row.text());
						fts.executeUpdate();
						n[0]++;
					} catch (SQLException e) {
						throw new IllegalStateException("SQLite baseline: row " + row.id() + ": " + e.getMessage(), e);
					}
				});
			}
		});
		return n[0];
	}

	/** Adds codes 1..count named as given, in one transaction. */
	public void addCodes(List<String> names) {
		inTransaction(() -> {
			try (PreparedStatement s = db.prepareStatement("INSERT INTO code (id, name) VALUES (?, ?)")) {
				for (int i = 0; i < names.size(); i++) {
					s.setInt(1, i + 1);
					s.setString(2, names.get(i));
					s.executeUpdate();
				}
			}
		});
	}

	/** Codes the answers as the plan says, whole answers, in one transaction; returns the codings made. */
	public long codeAsPlanned(CodingPlan plan, int answers) {
		long[] n = { 0 };
		String now = Instant.now().toString();
		inTransaction(() -> {
			try (PreparedStatement s = db.prepareStatement(
					"INSERT INTO coding (code, answer, start, end, coder, created) SELECT ?, id, 0, length(text), 'bench', ? "
							+ "FROM answer WHERE id = ?")) {
				for (int a = 0; a < answers; a++) {
					for (int k : plan.codesOf(a)) {
						s.setInt(1, k + 1);
						s.setString(2, now);
						s.setLong(3, a + 1);
						n[0] += s.executeUpdate();
					}
				}
			}
		});
		return n[0];
	}

	/** Records one coding as its own transaction (durable when this returns). */
	public void codeOne(int code, long answer, int length) {
		try (PreparedStatement s = db.prepareStatement(
				"INSERT INTO coding (code, answer, start, end, coder, created) VALUES (?, ?, 0, ?, 'bench', ?)")) {
			s.setInt(1, code);
			s.setLong(2, answer);
			s.setInt(3, length);
			s.setString(4, Instant.now().toString());
			s.executeUpdate();
		} catch (SQLException e) {
			throw new IllegalStateException("SQLite baseline: " + e.getMessage(), e);
		}
	}

	/** Codes every answer matching the query with the code, in one transaction; returns the codings made. */
	public long autocode(String query, int code) {
		long[] n = { 0 };
		inTransaction(() -> {
			try (PreparedStatement s = db.prepareStatement(
					"INSERT INTO coding (code, answer, start, end, coder, created) SELECT ?, a.id, 0, length(a.text), 'bench', ? "
							+ "FROM answer_fts JOIN answer a ON a.id = answer_fts.rowid WHERE answer_fts MATCH ?")) {
				s.setInt(1, code);
				s.setString(2, Instant.now().toString());
				s.setString(3, query);
				n[0] = s.executeUpdate();
			}
		});
		return n[0];
	}

	/** Answers matching a full-text query. */
	public long count(String query) {
		try (PreparedStatement s = db.prepareStatement("SELECT count(*) FROM answer_fts WHERE answer_fts MATCH ?")) {
			s.setString(1, query);
			try (ResultSet r = s.executeQuery()) {
				r.next();
				return r.getLong(1);
			}
		} catch (SQLException e) {
			throw new IllegalStateException("SQLite baseline: " + e.getMessage(), e);
		}
	}

	/** The best 100 matches (BM25, as Lucene ranks) of respondents with one attribute value, with a snippet each. */
	public List<String> search(String query, String attribute, String value, int max) {
		String sql = "SELECT r.name, snippet(answer_fts, 0, '[', ']', '...', 12) FROM answer_fts "
				+ "JOIN answer a ON a.id = answer_fts.rowid JOIN respondent r ON r.id = a.respondent "
				+ "WHERE answer_fts MATCH ? AND r." + column(attribute) + " = ? ORDER BY rank LIMIT ?";
		List<String> out = new ArrayList<>();
		try (PreparedStatement s = db.prepareStatement(sql)) {
			s.setString(1, query);
			s.setString(2, value);
			s.setInt(3, max);
			try (ResultSet r = s.executeQuery()) {
				while (r.next()) {
					out.add(r.getString(1) + " " + r.getString(2));
				}
			}
		} catch (SQLException e) {
			throw new IllegalStateException("SQLite baseline: " + e.getMessage(), e);
		}
		return out;
	}

	/** The first excerpts (in respondent order) of a code among respondents with one attribute value, with their text; returns respondent IDs. */
	public List<String> excerpts(int code, String attribute, String value, int max) {
		String sql = "SELECT r.name, a.text, c.start, c.end FROM coding c JOIN answer a ON a.id = c.answer "
				+ "JOIN respondent r ON r.id = a.respondent WHERE c.code = ? AND r." + column(attribute) + " = ? "
				+ "ORDER BY a.id, c.start LIMIT ?";
		List<String> out = new ArrayList<>();
		try (PreparedStatement s = db.prepareStatement(sql)) {
			s.setInt(1, code);
			s.setString(2, value);
			s.setInt(3, max);
			try (ResultSet r = s.executeQuery()) {
				while (r.next()) {
					String text = r.getString(2);
					if (text == null) {
						throw new IllegalStateException("an excerpt without text");
					}
					out.add(r.getString(1));
				}
			}
		} catch (SQLException e) {
			throw new IllegalStateException("SQLite baseline: " + e.getMessage(), e);
		}
		return out;
	}

	/**
	 * The coded excerpts as a CSV table, the same columns as Excerpta's (code, answer, respondent,
	 * the five attributes, coder, when coded, start, end, the excerpt's text), by code, then
	 * respondent and place: one join, written with Commons CSV for Excel. Returns the rows written.
	 */
	public long exportExcerpts(Path file) {
		String sql = "SELECT k.name, r.name, r." + String.join(", r.", COLUMNS) + ", c.coder, c.created, c.start, c.end, "
				+ "substr(a.text, c.start + 1, c.end - c.start) FROM coding c JOIN code k ON k.id = c.code "
				+ "JOIN answer a ON a.id = c.answer JOIN respondent r ON r.id = a.respondent ORDER BY c.code, r.name, c.start";
		long n = 0;
		try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql);
				java.io.Writer w = Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8);
				org.apache.commons.csv.CSVPrinter out = new org.apache.commons.csv.CSVPrinter(w, org.apache.commons.csv.CSVFormat.EXCEL)) {
			w.write('\ufeff');
			List<String> header = new ArrayList<>(List.of("code", "source", "case"));
			header.addAll(List.of(COLUMNS));
			header.addAll(List.of("coder", "coded on", "start", "end", "text"));
			out.printRecord(header);
			int columns = header.size();
			Object[] row = new Object[columns];
			while (r.next()) {
				row[0] = r.getString(1);
				row[1] = r.getString(2) + " \u00b7 " + SurveyShape.OPEN;
				for (int i = 2; i < columns; i++) {
					row[i] = r.getObject(i);
				}
				out.printRecord(row);
				n++;
			}
		} catch (SQLException | java.io.IOException e) {
			throw new IllegalStateException("SQLite baseline: " + e.getMessage(), e);
		}
		return n;
	}

	/** Respondents per code (1-based) and attribute value, and respondents per value (key {@code 0}). */
	public Map<Integer, Map<String, Integer>> matrix(String attribute) {
		String col = column(attribute);
		Map<Integer, Map<String, Integer>> out = new HashMap<>();
		try (Statement s = db.createStatement()) {
			try (ResultSet r = s.executeQuery("SELECT c.code, r." + col + ", COUNT(DISTINCT r.id) FROM coding c "
					+ "JOIN answer a ON a.id = c.answer JOIN respondent r ON r.id = a.respondent GROUP BY c.code, r." + col)) {
				while (r.next()) {
					out.computeIfAbsent(r.getInt(1), k -> new HashMap<>()).put(r.getString(2), r.getInt(3));
				}
			}
			try (ResultSet r = s.executeQuery("SELECT " + col + ", COUNT(*) FROM respondent GROUP BY " + col)) {
				while (r.next()) {
					out.computeIfAbsent(0, k -> new HashMap<>()).put(r.getString(1), r.getInt(2));
				}
			}
		} catch (SQLException e) {
			throw new IllegalStateException("SQLite baseline: " + e.getMessage(), e);
		}
		return out;
	}

	/** For every pair of codes (1-based), the number of answers coded with both. */
	public Map<Integer, Map<Integer, Integer>> cooccurrence() {
		Map<Integer, Map<Integer, Integer>> out = new HashMap<>();
		try (Statement s = db.createStatement();
				ResultSet r = s.executeQuery("SELECT x.code, y.code, COUNT(DISTINCT x.answer) FROM coding x "
						+ "JOIN coding y ON x.answer = y.answer GROUP BY x.code, y.code")) {
			while (r.next()) {
				out.computeIfAbsent(r.getInt(1), k -> new HashMap<>()).put(r.getInt(2), r.getInt(3));
			}
		} catch (SQLException e) {
			throw new IllegalStateException("SQLite baseline: " + e.getMessage(), e);
		}
		return out;
	}

	private static String column(String attribute) {
		int i = SurveyShape.ATTRIBUTES.indexOf(SurveyShape.attribute(attribute));
		return COLUMNS[i];
	}

	private interface Work {
		void run() throws SQLException;
	}

	private void inTransaction(Work work) {
		try {
			db.setAutoCommit(false);
			try {
				work.run();
				db.commit();
			} catch (SQLException | RuntimeException e) {
				db.rollback();
				throw e;
			} finally {
				db.setAutoCommit(true);
			}
		} catch (SQLException e) {
			throw new IllegalStateException("SQLite baseline: " + e.getMessage(), e);
		}
	}

	@Override
	public void close() {
		try {
			db.close();
		} catch (SQLException e) {
			// nothing to keep: the database is scratch
		}
	}
}
