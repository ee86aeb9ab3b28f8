/** Merging another copy of a project into this one without losing codings. */
package org.excerpta.team.merge;
