/**
 */
package org.excerpta.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.excerpta.model.Case;
import org.excerpta.model.Code;
import org.excerpta.model.ExcerptaPackage;
import org.excerpta.model.Source;
import org.excerpta.model.TextSelection;
import org.excerpta.model.VariableValue;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Case</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.excerpta.model.impl.CaseImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.excerpta.model.impl.CaseImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.excerpta.model.impl.CaseImpl#getValues <em>Values</em>}</li>
 *   <li>{@link org.excerpta.model.impl.CaseImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link org.excerpta.model.impl.CaseImpl#getSelections <em>Selections</em>}</li>
 *   <li>{@link org.excerpta.model.impl.CaseImpl#getCodes <em>Codes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CaseImpl extends AnnotatableImpl implements Case {
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
	 * The cached value of the '{@link #getValues() <em>Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<VariableValue> values;

	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<Source> sources;

	/**
	 * The cached value of the '{@link #getSelections() <em>Selections</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelections()
	 * @generated
	 * @ordered
	 */
	protected EList<TextSelection> selections;

	/**
	 * The cached value of the '{@link #getCodes() <em>Codes</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodes()
	 * @generated
	 * @ordered
	 */
	protected EList<Code> codes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExcerptaPackage.Literals.CASE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.CASE__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.CASE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VariableValue> getValues() {
		if (values == null) {
			values = new EObjectContainmentEList<VariableValue>(VariableValue.class, this, ExcerptaPackage.CASE__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Source> getSources() {
		if (sources == null) {
			sources = new EObjectResolvingEList<Source>(Source.class, this, ExcerptaPackage.CASE__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TextSelection> getSelections() {
		if (selections == null) {
			selections = new EObjectResolvingEList<TextSelection>(TextSelection.class, this, ExcerptaPackage.CASE__SELECTIONS);
		}
		return selections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Code> getCodes() {
		if (codes == null) {
			codes = new EObjectResolvingEList<Code>(Code.class, this, ExcerptaPackage.CASE__CODES);
		}
		return codes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ExcerptaPackage.CASE__VALUES:
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
			case ExcerptaPackage.CASE__NAME:
				return getName();
			case ExcerptaPackage.CASE__DESCRIPTION:
				return getDescription();
			case ExcerptaPackage.CASE__VALUES:
				return getValues();
			case ExcerptaPackage.CASE__SOURCES:
				return getSources();
			case ExcerptaPackage.CASE__SELECTIONS:
				return getSelections();
			case ExcerptaPackage.CASE__CODES:
				return getCodes();
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
			case ExcerptaPackage.CASE__NAME:
				setName((String)newValue);
				return;
			case ExcerptaPackage.CASE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ExcerptaPackage.CASE__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends VariableValue>)newValue);
				return;
			case ExcerptaPackage.CASE__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends Source>)newValue);
				return;
			case ExcerptaPackage.CASE__SELECTIONS:
				getSelections().clear();
				getSelections().addAll((Collection<? extends TextSelection>)newValue);
				return;
			case ExcerptaPackage.CASE__CODES:
				getCodes().clear();
				getCodes().addAll((Collection<? extends Code>)newValue);
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
			case ExcerptaPackage.CASE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ExcerptaPackage.CASE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ExcerptaPackage.CASE__VALUES:
				getValues().clear();
				return;
			case ExcerptaPackage.CASE__SOURCES:
				getSources().clear();
				return;
			case ExcerptaPackage.CASE__SELECTIONS:
				getSelections().clear();
				return;
			case ExcerptaPackage.CASE__CODES:
				getCodes().clear();
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
			case ExcerptaPackage.CASE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ExcerptaPackage.CASE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ExcerptaPackage.CASE__VALUES:
				return values != null && !values.isEmpty();
			case ExcerptaPackage.CASE__SOURCES:
				return sources != null && !sources.isEmpty();
			case ExcerptaPackage.CASE__SELECTIONS:
				return selections != null && !selections.isEmpty();
			case ExcerptaPackage.CASE__CODES:
				return codes != null && !codes.isEmpty();
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

} //CaseImpl
