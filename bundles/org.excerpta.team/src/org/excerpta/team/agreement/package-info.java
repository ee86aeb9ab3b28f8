/** Inter-coder agreement over a project's codings. */
package org.excerpta.team.agreement;
