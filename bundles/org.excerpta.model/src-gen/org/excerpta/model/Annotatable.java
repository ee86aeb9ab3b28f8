/**
 */
package org.excerpta.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annotatable</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An object memos can be attached to (REFI-QDA NoteRef).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.excerpta.model.Annotatable#getMemos <em>Memos</em>}</li>
 * </ul>
 *
 * @see org.excerpta.model.ExcerptaPackage#getAnnotatable()
 * @model abstract="true"
 * @generated
 */
public interface Annotatable extends Identified {
	/**
	 * Returns the value of the '<em><b>Memos</b></em>' reference list.
	 * The list contents are of type {@link org.excerpta.model.Memo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memos</em>' reference list.
	 * @see org.excerpta.model.ExcerptaPackage#getAnnotatable_Memos()
	 * @model
	 * @generated
	 */
	EList<Memo> getMemos();

} // Annotatable
