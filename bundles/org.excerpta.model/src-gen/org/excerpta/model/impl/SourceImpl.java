/**
 */
package org.excerpta.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.excerpta.model.ExcerptaPackage;
import org.excerpta.model.Source;
import org.excerpta.model.SourceKind;
import org.excerpta.model.User;
import org.excerpta.model.VariableValue;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.excerpta.model.impl.SourceImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.excerpta.model.impl.SourceImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.excerpta.model.impl.SourceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.excerpta.model.impl.SourceImpl#getOriginalPath <em>Original Path</em>}</li>
 *   <li>{@link org.excerpta.model.impl.SourceImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link org.excerpta.model.impl.SourceImpl#getCreatingUser <em>Creating User</em>}</li>
 *   <li>{@link org.excerpta.model.impl.SourceImpl#getModified <em>Modified</em>}</li>
 *   <li>{@link org.excerpta.model.impl.SourceImpl#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class SourceImpl extends AnnotatableImpl implements Source {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SourceKind KIND_EDEFAULT = SourceKind.DOCUMENT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SourceKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getOriginalPath() <em>Original Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalPath()
	 * @generated
	 * @ordered
	 */
	protected static final String ORIGINAL_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOriginalPath() <em>Original Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalPath()
	 * @generated
	 * @ordered
	 */
	protected String originalPath = ORIGINAL_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected Date created = CREATED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCreatingUser() <em>Creating User</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatingUser()
	 * @generated
	 * @ordered
	 */
	protected User creatingUser;

	/**
	 * The default value of the '{@link #getModified() <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModified()
	 * @generated
	 * @ordered
	 */
	protected static final Date MODIFIED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModified() <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModified()
	 * @generated
	 * @ordered
	 */
	protected Date modified = MODIFIED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<VariableValue> values;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExcerptaPackage.Literals.SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.SOURCE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.SOURCE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SourceKind newKind) {
		SourceKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.SOURCE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOriginalPath() {
		return originalPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOriginalPath(String newOriginalPath) {
		String oldOriginalPath = originalPath;
		originalPath = newOriginalPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.SOURCE__ORIGINAL_PATH, oldOriginalPath, originalPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(Date newCreated) {
		Date oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.SOURCE__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public User getCreatingUser() {
		if (creatingUser != null && creatingUser.eIsProxy()) {
			InternalEObject oldCreatingUser = (InternalEObject)creatingUser;
			creatingUser = (User)eResolveProxy(oldCreatingUser);
			if (creatingUser != oldCreatingUser) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ExcerptaPackage.SOURCE__CREATING_USER, oldCreatingUser, creatingUser));
			}
		}
		return creatingUser;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public User basicGetCreatingUser() {
		return creatingUser;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatingUser(User newCreatingUser) {
		User oldCreatingUser = creatingUser;
		creatingUser = newCreatingUser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.SOURCE__CREATING_USER, oldCreatingUser, creatingUser));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getModified() {
		return modified;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModified(Date newModified) {
		Date oldModified = modified;
		modified = newModified;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.SOURCE__MODIFIED, oldModified, modified));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VariableValue> getValues() {
		if (values == null) {
			values = new EObjectContainmentEList<VariableValue>(VariableValue.class, this, ExcerptaPackage.SOURCE__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ExcerptaPackage.SOURCE__VALUES:
				return ((InternalEList<?>)getValues()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExcerptaPackage.SOURCE__NAME:
				return getName();
			case ExcerptaPackage.SOURCE__DESCRIPTION:
				return getDescription();
			case ExcerptaPackage.SOURCE__KIND:
				return getKind();
			case ExcerptaPackage.SOURCE__ORIGINAL_PATH:
				return getOriginalPath();
			case ExcerptaPackage.SOURCE__CREATED:
				return getCreated();
			case ExcerptaPackage.SOURCE__CREATING_USER:
				if (resolve) return getCreatingUser();
				return basicGetCreatingUser();
			case ExcerptaPackage.SOURCE__MODIFIED:
				return getModified();
			case ExcerptaPackage.SOURCE__VALUES:
				return getValues();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ExcerptaPackage.SOURCE__NAME:
				setName((String)newValue);
				return;
			case ExcerptaPackage.SOURCE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ExcerptaPackage.SOURCE__KIND:
				setKind((SourceKind)newValue);
				return;
			case ExcerptaPackage.SOURCE__ORIGINAL_PATH:
				setOriginalPath((String)newValue);
				return;
			case ExcerptaPackage.SOURCE__CREATED:
				setCreated((Date)newValue);
				return;
			case ExcerptaPackage.SOURCE__CREATING_USER:
				setCreatingUser((User)newValue);
				return;
			case ExcerptaPackage.SOURCE__MODIFIED:
				setModified((Date)newValue);
				return;
			case ExcerptaPackage.SOURCE__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends VariableValue>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ExcerptaPackage.SOURCE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ExcerptaPackage.SOURCE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ExcerptaPackage.SOURCE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ExcerptaPackage.SOURCE__ORIGINAL_PATH:
				setOriginalPath(ORIGINAL_PATH_EDEFAULT);
				return;
			case ExcerptaPackage.SOURCE__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case ExcerptaPackage.SOURCE__CREATING_USER:
				setCreatingUser((User)null);
				return;
			case ExcerptaPackage.SOURCE__MODIFIED:
				setModified(MODIFIED_EDEFAULT);
				return;
			case ExcerptaPackage.SOURCE__VALUES:
				getValues().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ExcerptaPackage.SOURCE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ExcerptaPackage.SOURCE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ExcerptaPackage.SOURCE__KIND:
				return kind != KIND_EDEFAULT;
			case ExcerptaPackage.SOURCE__ORIGINAL_PATH:
				return ORIGINAL_PATH_EDEFAULT == null ? originalPath != null : !ORIGINAL_PATH_EDEFAULT.equals(originalPath);
			case ExcerptaPackage.SOURCE__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case ExcerptaPackage.SOURCE__CREATING_USER:
				return creatingUser != null;
			case ExcerptaPackage.SOURCE__MODIFIED:
				return MODIFIED_EDEFAULT == null ? modified != null : !MODIFIED_EDEFAULT.equals(modified);
			case ExcerptaPackage.SOURCE__VALUES:
				return values != null && !values.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", kind: ");
		result.append(kind);
		result.append(", originalPath: ");
		result.append(originalPath);
		result.append(", created: ");
		result.append(created);
		result.append(", modified: ");
		result.append(modified);
		result.append(')');
		return result.toString();
	}

} //SourceImpl
