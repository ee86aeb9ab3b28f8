/**
 */
package org.excerpta.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.excerpta.model.Annotatable;
import org.excerpta.model.ExcerptaPackage;
import org.excerpta.model.Memo;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Annotatable</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.excerpta.model.impl.AnnotatableImpl#getMemos <em>Memos</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class AnnotatableImpl extends IdentifiedImpl implements Annotatable {
	/**
	 * The cached value of the '{@link #getMemos() <em>Memos</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemos()
	 * @generated
	 * @ordered
	 */
	protected EList<Memo> memos;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnnotatableImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExcerptaPackage.Literals.ANNOTATABLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Memo> getMemos() {
		if (memos == null) {
			memos = new EObjectResolvingEList<Memo>(Memo.class, this, ExcerptaPackage.ANNOTATABLE__MEMOS);
		}
		return memos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExcerptaPackage.ANNOTATABLE__MEMOS:
				return getMemos();
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
			case ExcerptaPackage.ANNOTATABLE__MEMOS:
				getMemos().clear();
				getMemos().addAll((Collection<? extends Memo>)newValue);
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
			case ExcerptaPackage.ANNOTATABLE__MEMOS:
				getMemos().clear();
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
			case ExcerptaPackage.ANNOTATABLE__MEMOS:
				return memos != null && !memos.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //AnnotatableImpl
