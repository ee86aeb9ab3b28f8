package org.excerpta.team.tests;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.jgit.api.Git;

/** A real git server on loopback ({@code git daemon}, from the git package) serving bare repositories. */
final class GitDaemon implements AutoCloseable {

	private final Process process;
	private final int port;
	private final Path base;

	private GitDaemon(Process process, int port, Path base) {
		this.process = process;
		this.port = port;
		this.base = base;
	}

	static GitDaemon start(Path base) throws IOException, InterruptedException {
		int port;
		try (ServerSocket s = new ServerSocket(0)) {
			port = s.getLocalPort();
		}
		Process p = new ProcessBuilder("git", "daemon", "--reuseaddr", "--export-all", "--enable=receive-pack",
				"--listen=127.0.0.1", "--port=" + port, "--base-path=" + base, base.toString()).redirectErrorStream(true)
				.redirectOutput(base.resolve("daemon.log").toFile()).start();
		for (int i = 0; i < 100; i++) {
			try (Socket s = new Socket("127.0.0.1", port)) {
				return new GitDaemon(p, port, base);
			} catch (IOException notYet) {
				if (!p.isAlive()) {
					throw new IOException("git daemon exited with " + p.exitValue() + "; see " + base.resolve("daemon.log"));
				}
				Thread.sleep(100);
			}
		}
		p.destroyForcibly();
		throw new IOException("git daemon did not listen on port " + port);
	}

	/** Creates an empty bare repository the daemon serves, and returns its git:// URL. */
	String newRepository(String name) throws Exception {
		Git.init().setBare(true).setInitialBranch("main").setDirectory(base.resolve(name).toFile()).call().close();
		return "git://127.0.0.1:" + port + "/" + name;
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(5, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}
}
