/**
 */
package org.excerpta.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.excerpta.model.Code;
import org.excerpta.model.ExcerptaPackage;
import org.excerpta.model.ItemSet;
import org.excerpta.model.Memo;
import org.excerpta.model.Source;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Item Set</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.excerpta.model.impl.ItemSetImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.excerpta.model.impl.ItemSetImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.excerpta.model.impl.ItemSetImpl#getMemberCodes <em>Member Codes</em>}</li>
 *   <li>{@link org.excerpta.model.impl.ItemSetImpl#getMemberSources <em>Member Sources</em>}</li>
 *   <li>{@link org.excerpta.model.impl.ItemSetImpl#getMemberMemos <em>Member Memos</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ItemSetImpl extends AnnotatableImpl implements ItemSet {
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
	 * The cached value of the '{@link #getMemberCodes() <em>Member Codes</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemberCodes()
	 * @generated
	 * @ordered
	 */
	protected EList<Code> memberCodes;

	/**
	 * The cached value of the '{@link #getMemberSources() <em>Member Sources</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemberSources()
	 * @generated
	 * @ordered
	 */
	protected EList<Source> memberSources;

	/**
	 * The cached value of the '{@link #getMemberMemos() <em>Member Memos</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemberMemos()
	 * @generated
	 * @ordered
	 */
	protected EList<Memo> memberMemos;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ItemSetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExcerptaPackage.Literals.ITEM_SET;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.ITEM_SET__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.ITEM_SET__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Code> getMemberCodes() {
		if (memberCodes == null) {
			memberCodes = new EObjectResolvingEList<Code>(Code.class, this, ExcerptaPackage.ITEM_SET__MEMBER_CODES);
		}
		return memberCodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Source> getMemberSources() {
		if (memberSources == null) {
			memberSources = new EObjectResolvingEList<Source>(Source.class, this, ExcerptaPackage.ITEM_SET__MEMBER_SOURCES);
		}
		return memberSources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Memo> getMemberMemos() {
		if (memberMemos == null) {
			memberMemos = new EObjectResolvingEList<Memo>(Memo.class, this, ExcerptaPackage.ITEM_SET__MEMBER_MEMOS);
		}
		return memberMemos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExcerptaPackage.ITEM_SET__NAME:
				return getName();
			case ExcerptaPackage.ITEM_SET__DESCRIPTION:
				return getDescription();
			case ExcerptaPackage.ITEM_SET__MEMBER_CODES:
				return getMemberCodes();
			case ExcerptaPackage.ITEM_SET__MEMBER_SOURCES:
				return getMemberSources();
			case ExcerptaPackage.ITEM_SET__MEMBER_MEMOS:
				return getMemberMemos();
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
			case ExcerptaPackage.ITEM_SET__NAME:
				setName((String)newValue);
				return;
			case ExcerptaPackage.ITEM_SET__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ExcerptaPackage.ITEM_SET__MEMBER_CODES:
				getMemberCodes().clear();
				getMemberCodes().addAll((Collection<? extends Code>)newValue);
				return;
			case ExcerptaPackage.ITEM_SET__MEMBER_SOURCES:
				getMemberSources().clear();
				getMemberSources().addAll((Collection<? extends Source>)newValue);
				return;
			case ExcerptaPackage.ITEM_SET__MEMBER_MEMOS:
				getMemberMemos().clear();
				getMemberMemos().addAll((Collection<? extends Memo>)newValue);
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
			case ExcerptaPackage.ITEM_SET__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ExcerptaPackage.ITEM_SET__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ExcerptaPackage.ITEM_SET__MEMBER_CODES:
				getMemberCodes().clear();
				return;
			case ExcerptaPackage.ITEM_SET__MEMBER_SOURCES:
				getMemberSources().clear();
				return;
			case ExcerptaPackage.ITEM_SET__MEMBER_MEMOS:
				getMemberMemos().clear();
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
			case ExcerptaPackage.ITEM_SET__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ExcerptaPackage.ITEM_SET__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ExcerptaPackage.ITEM_SET__MEMBER_CODES:
				return memberCodes != null && !memberCodes.isEmpty();
			case ExcerptaPackage.ITEM_SET__MEMBER_SOURCES:
				return memberSources != null && !memberSources.isEmpty();
			case ExcerptaPackage.ITEM_SET__MEMBER_MEMOS:
				return memberMemos != null && !memberMemos.isEmpty();
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
		result.append(')');
		return result.toString();
	}

} //ItemSetImpl
