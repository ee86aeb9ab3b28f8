/**
 */
package org.excerpta.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Identified</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Anything a user or another project can refer to. The GUID is issued once and never reissued, so projects merge and round-trip through REFI-QDA.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.excerpta.model.Identified#getGuid <em>Guid</em>}</li>
 * </ul>
 *
 * @see org.excerpta.model.ExcerptaPackage#getIdentified()
 * @model abstract="true"
 * @generated
 */
public interface Identified extends EObject {
	/**
	 * Returns the value of the '<em><b>Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Guid</em>' attribute.
	 * @see #setGuid(String)
	 * @see org.excerpta.model.ExcerptaPackage#getIdentified_Guid()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getGuid();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Identified#getGuid <em>Guid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guid</em>' attribute.
	 * @see #getGuid()
	 * @generated
	 */
	void setGuid(String value);

} // Identified
