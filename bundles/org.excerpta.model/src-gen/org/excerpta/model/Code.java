/**
 */
package org.excerpta.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Code</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A theme of the conceptual framework. The description holds the definition (with inclusion and exclusion criteria); memos hold the analyst's thinking.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.excerpta.model.Code#getName <em>Name</em>}</li>
 *   <li>{@link org.excerpta.model.Code#getColor <em>Color</em>}</li>
 *   <li>{@link org.excerpta.model.Code#getDescription <em>Description</em>}</li>
 *   <li>{@link org.excerpta.model.Code#isCodable <em>Codable</em>}</li>
 *   <li>{@link org.excerpta.model.Code#getChildren <em>Children</em>}</li>
 * </ul>
 *
 * @see org.excerpta.model.ExcerptaPackage#getCode()
 * @model
 * @generated
 */
public interface Code extends Annotatable {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.excerpta.model.ExcerptaPackage#getCode_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Code#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * #RRGGBB, as REFI-QDA's RGBType.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Color</em>' attribute.
	 * @see #setColor(String)
	 * @see org.excerpta.model.ExcerptaPackage#getCode_Color()
	 * @model
	 * @generated
	 */
	String getColor();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Code#getColor <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Color</em>' attribute.
	 * @see #getColor()
	 * @generated
	 */
	void setColor(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.excerpta.model.ExcerptaPackage#getCode_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Code#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Codable</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Codable</em>' attribute.
	 * @see #setCodable(boolean)
	 * @see org.excerpta.model.ExcerptaPackage#getCode_Codable()
	 * @model default="true"
	 * @generated
	 */
	boolean isCodable();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Code#isCodable <em>Codable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Codable</em>' attribute.
	 * @see #isCodable()
	 * @generated
	 */
	void setCodable(boolean value);

	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.excerpta.model.Code}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.excerpta.model.ExcerptaPackage#getCode_Children()
	 * @model containment="true"
	 * @generated
	 */
	EList<Code> getChildren();

} // Code
