/**
 */
package org.excerpta.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Case</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A unit of analysis (a respondent, a site, an organisation) with its attribute values and the sources and selections that belong to it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.excerpta.model.Case#getName <em>Name</em>}</li>
 *   <li>{@link org.excerpta.model.Case#getDescription <em>Description</em>}</li>
 *   <li>{@link org.excerpta.model.Case#getValues <em>Values</em>}</li>
 *   <li>{@link org.excerpta.model.Case#getSources <em>Sources</em>}</li>
 *   <li>{@link org.excerpta.model.Case#getSelections <em>Selections</em>}</li>
 *   <li>{@link org.excerpta.model.Case#getCodes <em>Codes</em>}</li>
 * </ul>
 *
 * @see org.excerpta.model.ExcerptaPackage#getCase()
 * @model
 * @generated
 */
public interface Case extends Annotatable {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.excerpta.model.ExcerptaPackage#getCase_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Case#getName <em>Name</em>}' attribute.
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
	 * @see org.excerpta.model.ExcerptaPackage#getCase_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Case#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.excerpta.model.VariableValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' containment reference list.
	 * @see org.excerpta.model.ExcerptaPackage#getCase_Values()
	 * @model containment="true"
	 * @generated
	 */
	EList<VariableValue> getValues();

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' reference list.
	 * The list contents are of type {@link org.excerpta.model.Source}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sources</em>' reference list.
	 * @see org.excerpta.model.ExcerptaPackage#getCase_Sources()
	 * @model
	 * @generated
	 */
	EList<Source> getSources();

	/**
	 * Returns the value of the '<em><b>Selections</b></em>' reference list.
	 * The list contents are of type {@link org.excerpta.model.TextSelection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Selections</em>' reference list.
	 * @see org.excerpta.model.ExcerptaPackage#getCase_Selections()
	 * @model
	 * @generated
	 */
	EList<TextSelection> getSelections();

	/**
	 * Returns the value of the '<em><b>Codes</b></em>' reference list.
	 * The list contents are of type {@link org.excerpta.model.Code}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Codes</em>' reference list.
	 * @see org.excerpta.model.ExcerptaPackage#getCase_Codes()
	 * @model
	 * @generated
	 */
	EList<Code> getCodes();

} // Case
