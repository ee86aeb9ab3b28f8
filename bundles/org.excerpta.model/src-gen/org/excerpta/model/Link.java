/**
 */
package org.excerpta.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named relation between two objects of the project (REFI-QDA Link).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.excerpta.model.Link#getName <em>Name</em>}</li>
 *   <li>{@link org.excerpta.model.Link#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.excerpta.model.Link#getColor <em>Color</em>}</li>
 *   <li>{@link org.excerpta.model.Link#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.excerpta.model.Link#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see org.excerpta.model.ExcerptaPackage#getLink()
 * @model
 * @generated
 */
public interface Link extends Annotatable {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.excerpta.model.ExcerptaPackage#getLink_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Link#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.excerpta.model.LinkDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.excerpta.model.LinkDirection
	 * @see #setDirection(LinkDirection)
	 * @see org.excerpta.model.ExcerptaPackage#getLink_Direction()
	 * @model
	 * @generated
	 */
	LinkDirection getDirection();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Link#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.excerpta.model.LinkDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(LinkDirection value);

	/**
	 * Returns the value of the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Color</em>' attribute.
	 * @see #setColor(String)
	 * @see org.excerpta.model.ExcerptaPackage#getLink_Color()
	 * @model
	 * @generated
	 */
	String getColor();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Link#getColor <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Color</em>' attribute.
	 * @see #getColor()
	 * @generated
	 */
	void setColor(String value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origin</em>' reference.
	 * @see #setOrigin(Identified)
	 * @see org.excerpta.model.ExcerptaPackage#getLink_Origin()
	 * @model
	 * @generated
	 */
	Identified getOrigin();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Link#getOrigin <em>Origin</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' reference.
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(Identified value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Identified)
	 * @see org.excerpta.model.ExcerptaPackage#getLink_Target()
	 * @model
	 * @generated
	 */
	Identified getTarget();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Link#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Identified value);

} // Link
