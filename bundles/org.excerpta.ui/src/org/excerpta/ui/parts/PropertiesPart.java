package org.excerpta.ui.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.model.Case;
import org.excerpta.model.Identified;
import org.excerpta.model.Source;
import org.excerpta.model.VariableValue;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The properties of what is selected elsewhere (a code, source, case, memo): every attribute the
 * model holds, read through EMF, the attribute values of a case or answer, and what it refers to.
 * Names, descriptions and colours are edited in place (double-click); each edit is one durable,
 * undoable change.
 */
public final class PropertiesPart {

	/** Text attributes that are the store's business, not the researcher's. */
	private static final Set<String> READ_ONLY = Set.of("guid", "plainTextPath", "plainTextContent", "contentHash", "originalPath",
			"language");

	@Inject
	private UISynchronize sync;

	private ExcerptaProject project;
	private EObject shown;
	private Label heading;
	private Table table;
	private final ProjectFollower follower = new ProjectFollower(e -> sync.asyncExec(this::refresh));

	/** One line of the table: a name, a value, and the feature that can be edited (or null). */
	record Property(String name, String value, EAttribute editable) {
	}

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		heading = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String[] c : new String[][] { { "Property", "160" }, { "Value", "420" } }) {
			TableColumn col = new TableColumn(table, SWT.LEFT);
			col.setText(c[0]);
			col.setWidth(Integer.parseInt(c[1]));
		}
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		table.addListener(SWT.MouseDoubleClick, e -> editAt(new Point(e.x, e.y)));
		refresh();
	}

	@Inject
	void setProject(@Optional ExcerptaProject project) {
		follower.follow(project);
		this.project = project;
		this.shown = null;
		if (table != null && !table.isDisposed()) {
			refresh();
		}
	}

	@Inject
	void setSelection(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		if (selection instanceof Identified element && table != null && !table.isDisposed()) {
			show(element);
		}
	}

	public void show(EObject element) {
		shown = element;
		refresh();
	}

	public Table table() {
		return table;
	}

	/** The properties of an element, as the table lists them. */
	static List<Property> properties(EObject e) {
		List<Property> out = new ArrayList<>();
		for (EStructuralFeature f : e.eClass().getEAllStructuralFeatures()) {
			if (f.isTransient() || f.isDerived()) {
				continue;
			}
			Object v = e.eGet(f);
			if (f instanceof EAttribute a) {
				if (a.getName().equals("plainTextContent")) {
					continue; // the text itself is in the Document view
				}
				boolean editable = a.isChangeable() && !READ_ONLY.contains(a.getName())
						&& a.getEAttributeType() == EcorePackage.Literals.ESTRING;
				out.add(new Property(a.getName(), v == null ? "" : EcoreUtil.convertToString(a.getEAttributeType(), v),
						editable ? a : null));
			} else if (f instanceof EReference r && !r.isContainment() && !r.isMany() && v instanceof EObject target) {
				out.add(new Property(r.getName(), label(target), null));
			} else if (f instanceof EReference r && !r.isContainment() && r.isMany()) {
				out.add(new Property(r.getName(), ((List<?>) v).size() + " item(s)", null));
			} else if (f instanceof EReference r && r.isContainment() && r.isMany()) {
				if (r.getName().equals("values")) {
					for (Object o : (List<?>) v) {
						VariableValue value = (VariableValue) o;
						out.add(new Property("\u2022 " + (value.getVariable() == null ? "?" : value.getVariable().getName()),
								value.getValue() == null ? "" : value.getValue(), null));
					}
				} else {
					out.add(new Property(r.getName(), ((List<?>) v).size() + " item(s)", null));
				}
			}
		}
		return out;
	}

	private static String label(EObject o) {
		EStructuralFeature name = o.eClass().getEStructuralFeature("name");
		Object n = name == null ? null : o.eGet(name);
		return n != null ? n.toString() : o.eClass().getName();
	}

	private void refresh() {
		if (table == null || table.isDisposed()) {
			return;
		}
		table.removeAll();
		if (project == null || shown == null || shown.eResource() == null) {
			heading.setText("Select a code, source, case or memo to see its properties.");
			return;
		}
		heading.setText(shown.eClass().getName() + " \u201c" + label(shown) + "\u201d"
				+ (shown instanceof Source || shown instanceof Case ? " (attribute values marked \u2022)" : "")
				+ ". Double-click a name, description or colour to change it.");
		for (Property p : properties(shown)) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { p.name(), p.value() });
			item.setData(p);
		}
		heading.getParent().layout();
	}

	/** Changes one text attribute of the shown element: one undoable, durable change. */
	public void change(String feature, String value) {
		EAttribute a = (EAttribute) shown.eClass().getEStructuralFeature(feature);
		if (a.getName().equals("name") && value.isBlank()) {
			throw new IllegalArgumentException("a name cannot be empty");
		}
		if (a.getName().equals("color") && !value.isBlank() && !value.matches("#[0-9A-Fa-f]{6}")) {
			throw new IllegalArgumentException("a colour is written #RRGGBB, like #4E79A7");
		}
		project.execute(SetCommand.create(project.editingDomain(), shown, a, value.isBlank() && !a.getName().equals("name") ? null : value));
	}

	private void editAt(Point at) {
		TableItem item = table.getItem(at);
		if (item == null || project == null || project.isReadOnly() || !(item.getData() instanceof Property p) || p.editable() == null) {
			return;
		}
		TableEditor editor = new TableEditor(table);
		editor.grabHorizontal = true;
		Text field = new Text(table, SWT.NONE);
		field.setText(p.value());
		field.selectAll();
		editor.setEditor(field, item, 1);
		field.setFocus();
		Runnable commit = () -> {
			if (field.isDisposed()) {
				return;
			}
			String value = field.getText();
			field.dispose();
			if (!value.equals(p.value())) {
				try {
					change(p.editable().getName(), value);
				} catch (IllegalArgumentException ex) {
					MessageDialog.openError(table.getShell(), "Properties", ex.getMessage());
				}
			}
		};
		field.addListener(SWT.DefaultSelection, e -> commit.run());
		field.addListener(SWT.FocusOut, e -> commit.run());
		field.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_ESCAPE) {
				field.dispose();
				e.doit = false;
			}
		});
	}
}
