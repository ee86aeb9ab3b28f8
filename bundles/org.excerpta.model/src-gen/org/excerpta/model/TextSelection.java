/**
 */
package org.excerpta.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Text Selection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A passage of a text source, [start, end) in Unicode code points from 0 (REFI-QDA PlainTextSelection).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.excerpta.model.TextSelection#getName <em>Name</em>}</li>
 *   <li>{@link org.excerpta.model.TextSelection#getStart <em>Start</em>}</li>
 *   <li>{@link org.excerpta.model.TextSelection#getEnd <em>End</em>}</li>
 *   <li>{@link org.excerpta.model.TextSelection#getCreatingUser <em>Creating User</em>}</li>
 *   <li>{@link org.excerpta.model.TextSelection#getCreated <em>Created</em>}</li>
 *   <li>{@link org.excerpta.model.TextSelection#getCodings <em>Codings</em>}</li>
 * </ul>
 *
 * @see org.excerpta.model.ExcerptaPackage#getTextSelection()
 * @model
 * @generated
 */
public interface TextSelection extends Annotatable {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.excerpta.model.ExcerptaPackage#getTextSelection_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.excerpta.model.TextSelection#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(int)
	 * @see org.excerpta.model.ExcerptaPackage#getTextSelection_Start()
	 * @model
	 * @generated
	 */
	int getStart();

	/**
	 * Sets the value of the '{@link org.excerpta.model.TextSelection#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(int value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(int)
	 * @see org.excerpta.model.ExcerptaPackage#getTextSelection_End()
	 * @model
	 * @generated
	 */
	int getEnd();

	/**
	 * Sets the value of the '{@link org.excerpta.model.TextSelection#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(int value);

	/**
	 * Returns the value of the '<em><b>Creating User</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Creating User</em>' reference.
	 * @see #setCreatingUser(User)
	 * @see org.excerpta.model.ExcerptaPackage#getTextSelection_CreatingUser()
	 * @model
	 * @generated
	 */
	User getCreatingUser();

	/**
	 * Sets the value of the '{@link org.excerpta.model.TextSelection#getCreatingUser <em>Creating User</em>}' reference.
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
	 * @see org.excerpta.model.ExcerptaPackage#getTextSelection_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link org.excerpta.model.TextSelection#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

	/**
	 * Returns the value of the '<em><b>Codings</b></em>' containment reference list.
	 * The list contents are of type {@link org.excerpta.model.Coding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Codings</em>' containment reference list.
	 * @see org.excerpta.model.ExcerptaPackage#getTextSelection_Codings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Coding> getCodings();

} // TextSelection
