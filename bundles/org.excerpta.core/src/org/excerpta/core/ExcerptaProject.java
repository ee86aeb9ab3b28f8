package org.excerpta.core;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.excerpta.core.store.ProjectStore;
import org.excerpta.model.Project;
import org.excerpta.model.TextSource;

/**
 * An open project: its model, its one editing domain and command stack (every change undoable
 * and durable at once), and its stored texts. The workbench and the command line both work
 * through this class.
 */
public final class ExcerptaProject implements AutoCloseable {

	private final ProjectStore store;
	private final EditingDomain domain;
	private final ComposedAdapterFactory adapterFactory;

	private ExcerptaProject(ProjectStore store) {
		this.store = store;
		this.adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		CommandStack stack = store.isReadOnly() ? new ReadOnlyCommandStack() : new DurableCommandStack(store);
		AdapterFactoryEditingDomain d = new AdapterFactoryEditingDomain(adapterFactory, stack);
		// The model lives in a resource so that EMF's editing machinery can find its domain; the
		// resource is never saved: the store persists the model.
		Resource resource = new ResourceImpl(URI.createFileURI(store.folder().toString()).appendSegment("project"));
		d.getResourceSet().getResources().add(resource);
		resource.getContents().add(store.project());
		this.domain = d;
	}

	/** Creates a project in a new or empty folder and opens it. */
	public static ExcerptaProject create(Path folder, String name) {
		return new ExcerptaProject(ProjectStore.create(folder, name));
	}

	/**
	 * Opens a project for reading and writing while codings are recorded without its model, taking
	 * the coding journal's lock over once the model has been read (see
	 * {@link ProjectStore#open(Path, org.excerpta.core.store.CodingJournal)}).
	 */
	public static ExcerptaProject open(Path folder, org.excerpta.core.store.CodingJournal early) {
		return new ExcerptaProject(ProjectStore.open(folder, early));
	}

	/** Opens a project for reading and writing; a second program gets a clear refusal. */
	public static ExcerptaProject open(Path folder) {
		return new ExcerptaProject(ProjectStore.open(folder));
	}

	/** Opens a project for reading only; works while another program has it open. */
	public static ExcerptaProject openReadOnly(Path folder) {
		return new ExcerptaProject(ProjectStore.openReadOnly(folder));
	}

	public Project model() {
		return store.project();
	}

	public Path folder() {
		return store.folder();
	}

	public String name() {
		return model().getName();
	}

	public boolean isReadOnly() {
		return store.isReadOnly();
	}

	public EditingDomain editingDomain() {
		return domain;
	}

	public CommandStack commandStack() {
		return domain.getCommandStack();
	}

	/** Runs a command on the project's stack: undoable, and on disk when this returns. */
	public void execute(Command command) {
		if (!command.canExecute()) {
			throw new IllegalArgumentException("the change cannot be made: " + command.getLabel());
		}
		commandStack().execute(command);
	}

	/** The plain text of a source, from its file or, for short texts, from the model. */
	public String text(TextSource source) {
		return text(folder(), source);
	}

	/**
	 * The plain text of a source of the project in {@code projectFolder}, for a reader that has not
	 * opened the project (a source made from its journal record, say).
	 */
	public static String text(Path projectFolder, TextSource source) {
		if (source.getPlainTextContent() != null) {
			return source.getPlainTextContent();
		}
		if (source.getPlainTextPath() == null) {
			return "";
		}
		return ProjectStore.readText(projectFolder, source.getPlainTextPath());
	}

	public ProjectStore store() {
		return store;
	}

	public ProjectSummary summary() {
		return ProjectSummary.of(model());
	}

	public List<String> warnings() {
		return store.warnings();
	}

	@Override
	public void close() {
		try {
			store.close();
		} finally {
			adapterFactory.dispose();
		}
	}
}
