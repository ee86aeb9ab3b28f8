/**
 */
package org.excerpta.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Codebook</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.excerpta.model.Codebook#getCodes <em>Codes</em>}</li>
 * </ul>
 *
 * @see org.excerpta.model.ExcerptaPackage#getCodebook()
 * @model
 * @generated
 */
public interface Codebook extends Identified {
	/**
	 * Returns the value of the '<em><b>Codes</b></em>' containment reference list.
	 * The list contents are of type {@link org.excerpta.model.Code}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Codes</em>' containment reference list.
	 * @see org.excerpta.model.ExcerptaPackage#getCodebook_Codes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Code> getCodes();

} // Codebook
