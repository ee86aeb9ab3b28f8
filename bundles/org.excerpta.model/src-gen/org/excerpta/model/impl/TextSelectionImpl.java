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

import org.excerpta.model.Coding;
import org.excerpta.model.ExcerptaPackage;
import org.excerpta.model.TextSelection;
import org.excerpta.model.User;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Text Selection</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.excerpta.model.impl.TextSelectionImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.excerpta.model.impl.TextSelectionImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.excerpta.model.impl.TextSelectionImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.excerpta.model.impl.TextSelectionImpl#getCreatingUser <em>Creating User</em>}</li>
 *   <li>{@link org.excerpta.model.impl.TextSelectionImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link org.excerpta.model.impl.TextSelectionImpl#getCodings <em>Codings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TextSelectionImpl extends AnnotatableImpl implements TextSelection {
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
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final int START_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected int start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final int END_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected int end = END_EDEFAULT;

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
	 * The cached value of the '{@link #getCodings() <em>Codings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodings()
	 * @generated
	 * @ordered
	 */
	protected EList<Coding> codings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TextSelectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExcerptaPackage.Literals.TEXT_SELECTION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.TEXT_SELECTION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(int newStart) {
		int oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.TEXT_SELECTION__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(int newEnd) {
		int oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.TEXT_SELECTION__END, oldEnd, end));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ExcerptaPackage.TEXT_SELECTION__CREATING_USER, oldCreatingUser, creatingUser));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.TEXT_SELECTION__CREATING_USER, oldCreatingUser, creatingUser));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.TEXT_SELECTION__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Coding> getCodings() {
		if (codings == null) {
			codings = new EObjectContainmentEList<Coding>(Coding.class, this, ExcerptaPackage.TEXT_SELECTION__CODINGS);
		}
		return codings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ExcerptaPackage.TEXT_SELECTION__CODINGS:
				return ((InternalEList<?>)getCodings()).basicRemove(otherEnd, msgs);
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
			case ExcerptaPackage.TEXT_SELECTION__NAME:
				return getName();
			case ExcerptaPackage.TEXT_SELECTION__START:
				return getStart();
			case ExcerptaPackage.TEXT_SELECTION__END:
				return getEnd();
			case ExcerptaPackage.TEXT_SELECTION__CREATING_USER:
				if (resolve) return getCreatingUser();
				return basicGetCreatingUser();
			case ExcerptaPackage.TEXT_SELECTION__CREATED:
				return getCreated();
			case ExcerptaPackage.TEXT_SELECTION__CODINGS:
				return getCodings();
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
			case ExcerptaPackage.TEXT_SELECTION__NAME:
				setName((String)newValue);
				return;
			case ExcerptaPackage.TEXT_SELECTION__START:
				setStart((Integer)newValue);
				return;
			case ExcerptaPackage.TEXT_SELECTION__END:
				setEnd((Integer)newValue);
				return;
			case ExcerptaPackage.TEXT_SELECTION__CREATING_USER:
				setCreatingUser((User)newValue);
				return;
			case ExcerptaPackage.TEXT_SELECTION__CREATED:
				setCreated((Date)newValue);
				return;
			case ExcerptaPackage.TEXT_SELECTION__CODINGS:
				getCodings().clear();
				getCodings().addAll((Collection<? extends Coding>)newValue);
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
			case ExcerptaPackage.TEXT_SELECTION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ExcerptaPackage.TEXT_SELECTION__START:
				setStart(START_EDEFAULT);
				return;
			case ExcerptaPackage.TEXT_SELECTION__END:
				setEnd(END_EDEFAULT);
				return;
			case ExcerptaPackage.TEXT_SELECTION__CREATING_USER:
				setCreatingUser((User)null);
				return;
			case ExcerptaPackage.TEXT_SELECTION__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case ExcerptaPackage.TEXT_SELECTION__CODINGS:
				getCodings().clear();
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
			case ExcerptaPackage.TEXT_SELECTION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ExcerptaPackage.TEXT_SELECTION__START:
				return start != START_EDEFAULT;
			case ExcerptaPackage.TEXT_SELECTION__END:
				return end != END_EDEFAULT;
			case ExcerptaPackage.TEXT_SELECTION__CREATING_USER:
				return creatingUser != null;
			case ExcerptaPackage.TEXT_SELECTION__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case ExcerptaPackage.TEXT_SELECTION__CODINGS:
				return codings != null && !codings.isEmpty();
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
		result.append(", start: ");
		result.append(start);
		result.append(", end: ");
		result.append(end);
		result.append(", created: ");
		result.append(created);
		result.append(')');
		return result.toString();
	}

} //TextSelectionImpl
