/** Sharing a project folder through git (JGit). */
package org.excerpta.team.git;
