/**
 * Installing plugins (p2 features) into the running Excerpta and removing them again, through p2's
 * own agent and profile. Nothing here touches the user interface: the command line and the
 * workbench both call {@link org.excerpta.plugins.PluginInstaller}.
 */
package org.excerpta.plugins;
