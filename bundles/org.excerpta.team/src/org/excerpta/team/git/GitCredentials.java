package org.excerpta.team.git;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.transport.ChainingCredentialsProvider;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.NetRCCredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Where a push or pull finds its credentials: the environment ({@code EXCERPTA_GIT_USERNAME} and
 * {@code EXCERPTA_GIT_PASSWORD}, or a token in the password) or the user's {@code ~/.netrc}.
 * Nothing is ever written into the project. (JGit does not run git's credential helpers.)
 */
public final class GitCredentials {

	private GitCredentials() {
	}

	public static CredentialsProvider fromEnvironment() {
		List<CredentialsProvider> providers = new ArrayList<>();
		String user = System.getenv("EXCERPTA_GIT_USERNAME");
		String password = System.getenv("EXCERPTA_GIT_PASSWORD");
		if (user != null && password != null) {
			providers.add(new UsernamePasswordCredentialsProvider(user, password));
		}
		providers.add(new NetRCCredentialsProvider());
		return new ChainingCredentialsProvider(providers.toArray(CredentialsProvider[]::new));
	}
}
