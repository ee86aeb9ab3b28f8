package org.excerpta.team.git;

import java.util.List;

/**
 * Where a shared project stands against its remote, as of the last fetch.
 *
 * @param branch    the local branch
 * @param remote    the remote's URL, or null when none is set
 * @param changed   project files changed since the last commit (work not yet shared)
 * @param ahead     local commits the remote does not have
 * @param behind    remote commits not yet pulled
 */
public record ShareStatus(String branch, String remote, List<String> changed, int ahead, int behind) {

	public String describe() {
		return "branch " + branch + (remote == null ? ", no remote" : " of " + remote) + ": "
				+ (changed.isEmpty() ? "no unshared changes" : changed.size() + " changed file(s) not yet committed") + ", "
				+ ahead + " commit(s) to push, " + behind + " to pull";
	}
}
