/**
 */
package org.excerpta.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Coding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One coder's application of one code to a selection.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.excerpta.model.Coding#getCode <em>Code</em>}</li>
 *   <li>{@link org.excerpta.model.Coding#getCoder <em>Coder</em>}</li>
 *   <li>{@link org.excerpta.model.Coding#getCreated <em>Created</em>}</li>
 * </ul>
 *
 * @see org.excerpta.model.ExcerptaPackage#getCoding()
 * @model
 * @generated
 */
public interface Coding extends Annotatable {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' reference.
	 * @see #setCode(Code)
	 * @see org.excerpta.model.ExcerptaPackage#getCoding_Code()
	 * @model required="true"
	 * @generated
	 */
	Code getCode();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Coding#getCode <em>Code</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' reference.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(Code value);

	/**
	 * Returns the value of the '<em><b>Coder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Coder</em>' reference.
	 * @see #setCoder(User)
	 * @see org.excerpta.model.ExcerptaPackage#getCoding_Coder()
	 * @model
	 * @generated
	 */
	User getCoder();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Coding#getCoder <em>Coder</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Coder</em>' reference.
	 * @see #getCoder()
	 * @generated
	 */
	void setCoder(User value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see org.excerpta.model.ExcerptaPackage#getCoding_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Coding#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

} // Coding
