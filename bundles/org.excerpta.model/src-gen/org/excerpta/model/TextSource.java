/**
 */
package org.excerpta.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Text Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.excerpta.model.TextSource#getPlainTextPath <em>Plain Text Path</em>}</li>
 *   <li>{@link org.excerpta.model.TextSource#getPlainTextContent <em>Plain Text Content</em>}</li>
 *   <li>{@link org.excerpta.model.TextSource#getLength <em>Length</em>}</li>
 *   <li>{@link org.excerpta.model.TextSource#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link org.excerpta.model.TextSource#getTurns <em>Turns</em>}</li>
 *   <li>{@link org.excerpta.model.TextSource#getSelections <em>Selections</em>}</li>
 * </ul>
 *
 * @see org.excerpta.model.ExcerptaPackage#getTextSource()
 * @model
 * @generated
 */
public interface TextSource extends Source {
	/**
	 * Returns the value of the '<em><b>Plain Text Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The UTF-8, LF-normalised plain text, relative to the project folder. Written once; all offsets refer to it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Plain Text Path</em>' attribute.
	 * @see #setPlainTextPath(String)
	 * @see org.excerpta.model.ExcerptaPackage#getTextSource_PlainTextPath()
	 * @model
	 * @generated
	 */
	String getPlainTextPath();

	/**
	 * Sets the value of the '{@link org.excerpta.model.TextSource#getPlainTextPath <em>Plain Text Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plain Text Path</em>' attribute.
	 * @see #getPlainTextPath()
	 * @generated
	 */
	void setPlainTextPath(String value);

	/**
	 * Returns the value of the '<em><b>Plain Text Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short texts (survey answers) held inline instead of in a file, as REFI-QDA's PlainTextContent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Plain Text Content</em>' attribute.
	 * @see #setPlainTextContent(String)
	 * @see org.excerpta.model.ExcerptaPackage#getTextSource_PlainTextContent()
	 * @model
	 * @generated
	 */
	String getPlainTextContent();

	/**
	 * Sets the value of the '{@link org.excerpta.model.TextSource#getPlainTextContent <em>Plain Text Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plain Text Content</em>' attribute.
	 * @see #getPlainTextContent()
	 * @generated
	 */
	void setPlainTextContent(String value);

	/**
	 * Returns the value of the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length of the plain text in Unicode code points.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Length</em>' attribute.
	 * @see #setLength(int)
	 * @see org.excerpta.model.ExcerptaPackage#getTextSource_Length()
	 * @model
	 * @generated
	 */
	int getLength();

	/**
	 * Sets the value of the '{@link org.excerpta.model.TextSource#getLength <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Length</em>' attribute.
	 * @see #getLength()
	 * @generated
	 */
	void setLength(int value);

	/**
	 * Returns the value of the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Content Hash</em>' attribute.
	 * @see #setContentHash(String)
	 * @see org.excerpta.model.ExcerptaPackage#getTextSource_ContentHash()
	 * @model
	 * @generated
	 */
	String getContentHash();

	/**
	 * Sets the value of the '{@link org.excerpta.model.TextSource#getContentHash <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Hash</em>' attribute.
	 * @see #getContentHash()
	 * @generated
	 */
	void setContentHash(String value);

	/**
	 * Returns the value of the '<em><b>Turns</b></em>' containment reference list.
	 * The list contents are of type {@link org.excerpta.model.SpeakerTurn}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Turns</em>' containment reference list.
	 * @see org.excerpta.model.ExcerptaPackage#getTextSource_Turns()
	 * @model containment="true"
	 * @generated
	 */
	EList<SpeakerTurn> getTurns();

	/**
	 * Returns the value of the '<em><b>Selections</b></em>' containment reference list.
	 * The list contents are of type {@link org.excerpta.model.TextSelection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Selections</em>' containment reference list.
	 * @see org.excerpta.model.ExcerptaPackage#getTextSource_Selections()
	 * @model containment="true"
	 * @generated
	 */
	EList<TextSelection> getSelections();

} // TextSource
