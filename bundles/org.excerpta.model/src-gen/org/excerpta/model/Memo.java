/**
 */
package org.excerpta.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Memo</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A memo or note (REFI-QDA Note): the project journal, or a memo attached to codes, sources, selections or codings.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.excerpta.model.Memo#getName <em>Name</em>}</li>
 *   <li>{@link org.excerpta.model.Memo#getText <em>Text</em>}</li>
 *   <li>{@link org.excerpta.model.Memo#getCreatingUser <em>Creating User</em>}</li>
 *   <li>{@link org.excerpta.model.Memo#getCreated <em>Created</em>}</li>
 *   <li>{@link org.excerpta.model.Memo#getModified <em>Modified</em>}</li>
 * </ul>
 *
 * @see org.excerpta.model.ExcerptaPackage#getMemo()
 * @model
 * @generated
 */
public interface Memo extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.excerpta.model.ExcerptaPackage#getMemo_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Memo#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.excerpta.model.ExcerptaPackage#getMemo_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Memo#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Creating User</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Creating User</em>' reference.
	 * @see #setCreatingUser(User)
	 * @see org.excerpta.model.ExcerptaPackage#getMemo_CreatingUser()
	 * @model
	 * @generated
	 */
	User getCreatingUser();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Memo#getCreatingUser <em>Creating User</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Creating User</em>' reference.
	 * @see #getCreatingUser()
	 * @generated
	 */
	void setCreatingUser(User value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see org.excerpta.model.ExcerptaPackage#getMemo_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Memo#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

	/**
	 * Returns the value of the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modified</em>' attribute.
	 * @see #setModified(Date)
	 * @see org.excerpta.model.ExcerptaPackage#getMemo_Modified()
	 * @model
	 * @generated
	 */
	Date getModified();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Memo#getModified <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modified</em>' attribute.
	 * @see #getModified()
	 * @generated
	 */
	void setModified(Date value);

} // Memo
