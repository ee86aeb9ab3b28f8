package org.excerpta.team.merge;

/** How the user settles a merge conflict: keep this copy's side or take the other copy's. */
public enum Resolution {
	OURS, THEIRS
}
