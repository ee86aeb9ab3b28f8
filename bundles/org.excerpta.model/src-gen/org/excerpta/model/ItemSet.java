/**
 */
package org.excerpta.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Item Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named set of codes, sources and memos (REFI-QDA Set; named ItemSet to stay clear of java.util.Set).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.excerpta.model.ItemSet#getName <em>Name</em>}</li>
 *   <li>{@link org.excerpta.model.ItemSet#getDescription <em>Description</em>}</li>
 *   <li>{@link org.excerpta.model.ItemSet#getMemberCodes <em>Member Codes</em>}</li>
 *   <li>{@link org.excerpta.model.ItemSet#getMemberSources <em>Member Sources</em>}</li>
 *   <li>{@link org.excerpta.model.ItemSet#getMemberMemos <em>Member Memos</em>}</li>
 * </ul>
 *
 * @see org.excerpta.model.ExcerptaPackage#getItemSet()
 * @model
 * @generated
 */
public interface ItemSet extends Annotatable {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.excerpta.model.ExcerptaPackage#getItemSet_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.excerpta.model.ItemSet#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.excerpta.model.ExcerptaPackage#getItemSet_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.excerpta.model.ItemSet#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Member Codes</b></em>' reference list.
	 * The list contents are of type {@link org.excerpta.model.Code}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Member Codes</em>' reference list.
	 * @see org.excerpta.model.ExcerptaPackage#getItemSet_MemberCodes()
	 * @model
	 * @generated
	 */
	EList<Code> getMemberCodes();

	/**
	 * Returns the value of the '<em><b>Member Sources</b></em>' reference list.
	 * The list contents are of type {@link org.excerpta.model.Source}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Member Sources</em>' reference list.
	 * @see org.excerpta.model.ExcerptaPackage#getItemSet_MemberSources()
	 * @model
	 * @generated
	 */
	EList<Source> getMemberSources();

	/**
	 * Returns the value of the '<em><b>Member Memos</b></em>' reference list.
	 * The list contents are of type {@link org.excerpta.model.Memo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Member Memos</em>' reference list.
	 * @see org.excerpta.model.ExcerptaPackage#getItemSet_MemberMemos()
	 * @model
	 * @generated
	 */
	EList<Memo> getMemberMemos();

} // ItemSet
