package org.excerpta.team.git;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.jgit.api.AddCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.RmCommand;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.BranchTrackingStatus;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.store.JournalCodings;
import org.excerpta.core.store.ProjectLock;
import org.excerpta.core.store.ProjectStore;
import org.excerpta.index.ProjectIndex;
import org.excerpta.team.merge.MergePlan;
import org.excerpta.team.merge.MergeResult;
import org.excerpta.team.merge.ProjectMerge;
import org.excerpta.team.merge.Resolution;

/**
 * A project folder shared through git. The store's files are what is committed (the derived index
 * and the lock never are). Git never merges them as text: when both sides have changed, the
 * other side's commit and the common ancestor are read as projects and merged element by element
 * ({@link ProjectMerge}), then committed as a merge of both histories.
 * <p>
 * The project must not be open in another program while it is shared, pulled or pushed.
 */
public final class SharedProject implements AutoCloseable {

	/**
	 * JGit's own SHA-1 detects the collision attacks of 2017 but hashes 130-190 MB a second: 8-12 s
	 * for a million-answer project's 1.5 GB snapshot, each time it is committed, received or
	 * cloned. The JDK's SHA-1 runs on the processor's SHA instructions (1.2 s). Git
	 * servers check for collisions on their side; a user who wants the check here too starts
	 * Excerpta with this property set to {@code java}.
	 */
	static final String SHA1_IMPLEMENTATION = "org.eclipse.jgit.util.sha1.implementation";

	static {
		if (System.getProperty(SHA1_IMPLEMENTATION) == null) {
			System.setProperty(SHA1_IMPLEMENTATION, "jdkNative");
		}
	}

	private static final String REMOTE = "origin";
	/** The branch a shared project lives on. */
	private static final String BRANCH = "main";

	private final Path folder;
	private final Git git;
	private final CredentialsProvider credentials;

	private SharedProject(Path folder, Git git, CredentialsProvider credentials) {
		this.folder = folder;
		this.git = git;
		this.credentials = credentials;
	}

	/** Makes a project folder a git repository with its current state as the first commit. */
	public static SharedProject init(Path folder, String coder, String remoteUrl) {
		requireProject(folder);
		if (Files.exists(folder.resolve(".git"))) {
			throw new IllegalArgumentException(folder + " is already shared (it has a .git folder)");
		}
		// The lock first: a project open in another program is refused before there is a .git folder,
		// which would make the next attempt say the project is already shared.
		try (ProjectLock closed = ProjectStore.holdClosed(folder)) {
			Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch(BRANCH).call();
			SharedProject shared = new SharedProject(folder, git, GitCredentials.fromEnvironment());
			try {
				if (remoteUrl != null) {
					shared.setRemote(remoteUrl);
				}
				shared.commitHeld(coder, "Share the project");
				return shared;
			} catch (RuntimeException e) {
				shared.close();
				deleteTree(folder.resolve(".git")); // not shared after all: the project is as it was
				throw e;
			}
		} catch (GitAPIException e) {
			deleteTree(folder.resolve(".git"));
			throw new ShareException("cannot make " + folder + " a git repository: " + e.getMessage(), e);
		}
	}

	/** Clones a shared project into a new folder. */
	public static SharedProject cloneFrom(String url, Path folder) {
		if (Files.exists(folder) && !isEmptyDir(folder)) {
			throw new IllegalArgumentException(folder + " exists and is not empty");
		}
		CredentialsProvider credentials = GitCredentials.fromEnvironment();
		try {
			org.eclipse.jgit.api.CloneCommand clone = Git.cloneRepository().setURI(url).setDirectory(folder.toFile())
					.setCredentialsProvider(credentials).setRemote(REMOTE);
			// The branch Excerpta shares on, whatever the remote's HEAD says: a bare repository made
			// with "git init --bare" (as the user guide says) has HEAD on git's default branch, often
			// master, which nobody pushed to, and the clone failed with "Remote branch 'HEAD' not found".
			boolean hasMain = Git.lsRemoteRepository().setRemote(url).setHeads(true).setCredentialsProvider(credentials).call()
					.stream().anyMatch(r -> r.getName().equals(Constants.R_HEADS + BRANCH));
			if (hasMain) {
				clone.setBranch(Constants.R_HEADS + BRANCH);
			}
			Git git = clone.call();
			requireProject(folder);
			return new SharedProject(folder, git, credentials);
		} catch (GitAPIException e) {
			throw new ShareException("cannot clone " + url + ": " + e.getMessage(), e);
		}
	}

	public static SharedProject open(Path folder) {
		requireProject(folder);
		try {
			return new SharedProject(folder, Git.open(folder.toFile()), GitCredentials.fromEnvironment());
		} catch (IOException e) {
			throw new IllegalArgumentException(folder + " is not shared yet (no git repository); run share init first", e);
		}
	}

	public Path folder() {
		return folder;
	}

	public void setRemote(String url) {
		try {
			git.remoteRemove().setRemoteName(REMOTE).call();
			git.remoteAdd().setName(REMOTE).setUri(new URIish(url)).call();
			StoredConfig config = git.getRepository().getConfig();
			String branch = git.getRepository().getBranch();
			config.setString("branch", branch, "remote", REMOTE);
			config.setString("branch", branch, "merge", Constants.R_HEADS + branch);
			config.save();
		} catch (Exception e) {
			throw new IllegalArgumentException("cannot use " + url + " as the remote: " + e.getMessage(), e);
		}
	}

	/**
	 * Commits the project's files as they are on disk (close the project first, so all is written).
	 * The project is kept closed meanwhile.
	 *
	 * @return whether there was anything to commit
	 * @throws org.excerpta.core.store.ProjectLockedException if another program has the project open
	 */
	public boolean commit(String coder, String message) {
		try (ProjectLock closed = ProjectStore.holdClosed(folder)) {
			return commitHeld(coder, message);
		}
	}

	/** {@link #commit}, the project's lock already held. */
	private boolean commitHeld(String coder, String message) {
		try {
			Status status = git.status().call();
			if (status.isClean()) {
				return false;
			}
			stage(status);
			PersonIdent who = person(coder);
			git.commit().setMessage(message).setAuthor(who).setCommitter(who).call();
			return true;
		} catch (GitAPIException e) {
			throw new ShareException("cannot commit the project in " + folder + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Stages what changed since the last commit: new and changed files, and deleted ones (a
	 * compaction replaces the snapshot and journal). Only those: JGit's "add ." reads and
	 * compresses every file again, a minute for a million-answer project's unchanged 1.5 GB
	 * snapshot, while the status compares sizes and times.
	 */
	private void stage(Status status) throws GitAPIException {
		TreeSet<String> changed = new TreeSet<>(status.getModified());
		changed.addAll(status.getUntracked());
		if (!changed.isEmpty()) {
			AddCommand add = git.add();
			changed.forEach(add::addFilepattern);
			add.call();
		}
		if (!status.getMissing().isEmpty()) {
			RmCommand rm = git.rm().setCached(true);
			status.getMissing().forEach(rm::addFilepattern);
			rm.call();
		}
	}

	/** Local state against the remote as of the last fetch (call {@link #fetch()} first for fresh figures). */
	public ShareStatus status() {
		try {
			Repository repo = git.getRepository();
			Status status = git.status().call();
			TreeSet<String> changed = new TreeSet<>();
			changed.addAll(status.getModified());
			changed.addAll(status.getUntracked());
			changed.addAll(status.getMissing());
			changed.addAll(status.getAdded());
			changed.addAll(status.getChanged());
			changed.addAll(status.getRemoved());
			BranchTrackingStatus tracking = BranchTrackingStatus.of(repo, repo.getBranch());
			String remote = repo.getConfig().getString("remote", REMOTE, "url");
			return new ShareStatus(repo.getBranch(), remote, List.copyOf(changed), tracking == null ? 0 : tracking.getAheadCount(),
					tracking == null ? 0 : tracking.getBehindCount());
		} catch (IOException | GitAPIException e) {
			throw new ShareException("cannot read the git status of " + folder + ": " + e.getMessage(), e);
		}
	}

	public void fetch() {
		requireRemote();
		try {
			git.fetch().setRemote(REMOTE).setCredentialsProvider(credentials).call();
		} catch (GitAPIException e) {
			throw new ShareException("cannot fetch from " + remoteUrl() + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Commits local work, fetches, and brings the remote's work in: a fast-forward when only the
	 * remote changed, a model merge when both did. With conflicts and no resolution for each,
	 * nothing changes and the conflicts are returned.
	 */
	public PullResult pull(String coder, Map<String, Resolution> resolutions) {
		RevCommit base;
		RevCommit theirs;
		IndexedJournal indexed;
		try (ProjectLock closed = ProjectStore.holdClosed(folder)) {
			commitHeld(coder, "Work of " + coder);
			indexed = IndexedJournal.of(folder);
			fetch();
			Repository repo = git.getRepository();
			ObjectId head = repo.resolve(Constants.HEAD);
			ObjectId remote = repo.resolve(Constants.R_REMOTES + REMOTE + "/" + repo.getBranch());
			if (remote == null || remote.equals(head)) {
				return new PullResult(PullResult.Outcome.UP_TO_DATE, List.of(), null);
			}
			try (RevWalk walk = new RevWalk(repo)) {
				RevCommit ours = walk.parseCommit(head);
				theirs = walk.parseCommit(remote);
				if (walk.isMergedInto(theirs, ours)) {
					return new PullResult(PullResult.Outcome.UP_TO_DATE, List.of(), null);
				}
				if (walk.isMergedInto(ours, theirs)) {
					boolean onlyTheJournal = indexed != null && onlyThisChangedOrTextsAdded(ours, theirs, indexed.journal());
					OursSinceParting parted = onlyTheJournal ? parting(theirs, indexed) : null;
					git.reset().setMode(ResetType.HARD).setRef(theirs.name()).call();
					PullResult.SearchIndex index = followOrDropIndex(onlyTheJournal ? indexed : null, parted);
					return new PullResult(PullResult.Outcome.FAST_FORWARD, List.of(), null, index);
				}
				base = mergeBase(repo, ours, theirs);
			}
		} catch (IOException | GitAPIException e) {
			throw new ShareException("cannot pull into " + folder + ": " + e.getMessage(), e);
		}
		// The merge opens the project for writing, which takes the lock itself.
		try {
			return merge(coder, base, theirs, resolutions, indexed);
		} catch (IOException | GitAPIException e) {
			throw new ShareException("cannot pull into " + folder + ": " + e.getMessage(), e);
		}
	}

	private PullResult merge(String coder, RevCommit base, RevCommit theirs, Map<String, Resolution> resolutions,
			IndexedJournal indexed) throws IOException, GitAPIException {
		Path work = Files.createTempDirectory("excerpta-merge");
		try {
			Path baseDir = base == null ? null : checkout(base, work.resolve("base"));
			Path theirsDir = checkout(theirs, work.resolve("theirs"));
			MergeResult result;
			try (ExcerptaProject t = ExcerptaProject.openReadOnly(theirsDir);
					ExcerptaProject b = baseDir == null ? null : ExcerptaProject.openReadOnly(baseDir);
					ExcerptaProject o = ExcerptaProject.open(folder)) {
				MergePlan plan = ProjectMerge.plan(b == null ? null : b.model(), o.model(), t.model());
				if (!ProjectMerge.unsettled(plan.conflicts(), resolutions).isEmpty()) {
					return new PullResult(PullResult.Outcome.CONFLICTS, plan.conflicts(), null);
				}
				result = ProjectMerge.apply(o, plan, t::text, resolutions);
			}
			Repository repo = git.getRepository();
			repo.writeMergeHeads(List.of(theirs));
			stage(git.status().call());
			PersonIdent who = person(coder);
			git.commit().setMessage("Merge the work of " + theirs.getAuthorIdent().getName() + " (" + result.summary() + ")")
					.setAuthor(who).setCommitter(who).call();
			// The merge was made in this project's own model, so its files changed only as the model
			// writes them: the journal shows what it did (unless opening or closing compacted it).
			PullResult.SearchIndex index;
			try (ProjectLock closed = ProjectStore.holdClosed(folder)) {
				index = followOrDropIndex(indexed, null);
			} catch (org.excerpta.core.store.ProjectLockedException e) {
				// Opened elsewhere since the merge closed it: that program finds the index stale and
				// rebuilds it; deleting it under that program's feet would be worse.
				index = PullResult.SearchIndex.DROPPED;
			}
			return new PullResult(PullResult.Outcome.MERGED, List.of(), result, index);
		} finally {
			deleteTree(work);
		}
	}

	/**
	 * Pushes local commits (commit first). A remote that moved on refuses the push; pull, then push again.
	 *
	 * @return false when the remote refused because it has work not yet pulled
	 */
	public boolean push() {
		requireRemote();
		try {
			String branch = git.getRepository().getBranch();
			for (PushResult r : git.push().setRemote(REMOTE).add(branch).setCredentialsProvider(credentials).call()) {
				for (RemoteRefUpdate u : r.getRemoteUpdates()) {
					switch (u.getStatus()) {
					case OK, UP_TO_DATE -> {
					}
					case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> {
						return false;
					}
					case REJECTED_OTHER_REASON -> {
						// Another coder's push held the branch's lock on the server at that moment: the
						// remote moved on, exactly as for a non-fast-forward.
						if (u.getMessage() != null && (u.getMessage().contains("update ref") || u.getMessage().contains("lock"))) {
							return false;
						}
						throw new ShareException("the remote " + remoteUrl() + " refused the push: " + u.getMessage());
					}
					default -> throw new ShareException("the remote " + remoteUrl() + " refused the push: " + u.getStatus()
							+ (u.getMessage() == null ? "" : " (" + u.getMessage() + ")"));
					}
				}
			}
			return true;
		} catch (IOException | GitAPIException e) {
			throw new ShareException("cannot push to " + remoteUrl() + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void close() {
		git.close();
	}

	private Path checkout(RevCommit commit, Path dir) throws IOException {
		Repository repo = git.getRepository();
		Files.createDirectories(dir);
		try (TreeWalk walk = new TreeWalk(repo)) {
			walk.addTree(commit.getTree());
			walk.setRecursive(true);
			while (walk.next()) {
				Path file = dir.resolve(walk.getPathString()).normalize();
				if (!file.startsWith(dir)) {
					throw new IOException("the commit " + commit.name() + " holds a path outside the project: " + walk.getPathString());
				}
				Files.createDirectories(file.getParent());
				try (OutputStream out = Files.newOutputStream(file)) {
					repo.open(walk.getObjectId(0)).copyTo(out);
				}
			}
		}
		return dir;
	}

	private static RevCommit mergeBase(Repository repo, RevCommit a, RevCommit b) throws IOException {
		try (RevWalk walk = new RevWalk(repo)) {
			walk.setRevFilter(RevFilter.MERGE_BASE);
			walk.markStart(walk.parseCommit(a));
			walk.markStart(walk.parseCommit(b));
			return walk.next();
		}
	}

	/**
	 * Whether, between two commits, this file (the journal) is the only one that changed, beside
	 * files {@code b} adds to the project's texts and originals: what a colleague's imported
	 * interviews and documents bring, whose records the journal holds. A text that changed or went
	 * is not followed.
	 */
	private boolean onlyThisChangedOrTextsAdded(RevCommit a, RevCommit b, Path file) throws IOException {
		String path = gitPath(file);
		String texts = ProjectStore.SOURCES_DIR + "/";
		String originals = ProjectStore.ORIGINALS_DIR + "/";
		try (TreeWalk walk = new TreeWalk(git.getRepository())) {
			walk.addTree(a.getTree());
			walk.addTree(b.getTree());
			walk.setRecursive(true);
			walk.setFilter(TreeFilter.ANY_DIFF);
			while (walk.next()) {
				String changed = walk.getPathString();
				boolean added = walk.getFileMode(0) == org.eclipse.jgit.lib.FileMode.MISSING;
				if (!changed.equals(path) && !(added && (changed.startsWith(texts) || changed.startsWith(originals)))) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * After git or a merge changed the project's files: the index follows the coding they added
	 * ({@link #follow}), in seconds, or is dropped, to be rebuilt with the model when the project
	 * next opens (about a minute at a million answers).
	 */
	private PullResult.SearchIndex followOrDropIndex(IndexedJournal indexed, OursSinceParting parted) {
		try {
			if (indexed != null && follow(indexed, parted)) {
				return PullResult.SearchIndex.FOLLOWED;
			}
		} catch (IOException | RuntimeException e) {
			// dropped below: the index is derived, and a rebuild is always right
		}
		boolean was = Files.exists(folder.resolve(ProjectStore.INDEX_DIR));
		dropIndex();
		return was ? PullResult.SearchIndex.DROPPED : PullResult.SearchIndex.KEPT;
	}

	/**
	 * Brings the index, which reflected the project before ({@code indexed}), up to the journal's
	 * end, when what the journal gained is coding alone ({@link ProjectIndex#followCodings}) and the
	 * index is proved to hold what lies before it. Either the journal still begins with exactly the
	 * bytes the index reflected (a change count cannot prove it: a colleague's history may reach
	 * the same count by other changes), and what follows them is taken; or ({@code parted}) it is a
	 * colleague's merge of our pushed work, which holds the common part, his groups, then his
	 * merge's, re-creating ours with the same GUIDs, and his groups from where the two journals part
	 * are taken on top of ours when they remake ours ({@link OursSinceParting#remadeBy}).
	 */
	private boolean follow(IndexedJournal indexed, OursSinceParting parted) throws IOException {
		ProjectStore.DurableEnd now = ProjectStore.durableEnd(folder);
		long from = parted == null ? indexed.length() : parted.at();
		if (!now.journal().equals(indexed.journal()) || now.journalValidLength() < from || parted == null && !indexed.stillBegins(now)) {
			return false;
		}
		java.util.Optional<JournalCodings> added = JournalCodings.after(now.journal(), from);
		if (added.isEmpty() || (added.get().groups() == 0 ? indexed.changeCount() : added.get().changeCount()) != now.changeCount()
				|| parted != null && !parted.remadeBy(added.get(), now)) {
			return false;
		}
		return ProjectIndex.followCodings(folder, indexed.changeCount(), added.get());
	}

	/**
	 * Our coding since our journal and theirs parted, read before git replaces the journal; null
	 * when theirs begins with all of ours, or ours is not coding alone (see {@link OursSinceParting}).
	 */
	private OursSinceParting parting(RevCommit theirs, IndexedJournal indexed) {
		try (TreeWalk walk = TreeWalk.forPath(git.getRepository(), gitPath(indexed.journal()), theirs.getTree())) {
			if (walk == null) {
				return null;
			}
			return OursSinceParting.of(indexed, git.getRepository().open(walk.getObjectId(0)).openStream());
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/** A file of the project as git names it: relative to the project folder, with forward slashes. */
	private String gitPath(Path file) {
		return folder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
	}

	/** The index is derived from the files git just replaced: rebuild it when the project next opens. */
	private void dropIndex() {
		deleteTree(folder.resolve(ProjectStore.INDEX_DIR));
	}

	private void requireRemote() {
		if (remoteUrl() == null) {
			throw new ShareException("the project in " + folder + " has no remote; give one with share init --remote URL");
		}
	}

	private String remoteUrl() {
		return git.getRepository().getConfig().getString("remote", REMOTE, "url");
	}

	private PersonIdent person(String coder) {
		String name = coder == null || coder.isBlank() ? System.getProperty("user.name", "excerpta") : coder.strip();
		String email = git.getRepository().getConfig().getString("user", null, "email");
		if (email == null) {
			email = name.toLowerCase().replaceAll("[^a-z0-9]+", ".") + "@excerpta.invalid";
		}
		return new PersonIdent(name, email);
	}

	private static void requireProject(Path folder) {
		if (!Files.isRegularFile(folder.resolve("excerpta.project"))) {
			throw new IllegalArgumentException(folder + " is not an Excerpta project (no excerpta.project file)");
		}
	}

	private static boolean isEmptyDir(Path dir) {
		try (Stream<Path> s = Files.list(dir)) {
			return s.findAny().isEmpty();
		} catch (IOException e) {
			return false;
		}
	}

	private static void deleteTree(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> s = Files.walk(dir)) {
			List<Path> all = new ArrayList<>(s.sorted(Comparator.reverseOrder()).toList());
			for (Path p : all) {
				Files.deleteIfExists(p);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
