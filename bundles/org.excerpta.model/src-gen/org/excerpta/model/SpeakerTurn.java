/**
 */
package org.excerpta.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Speaker Turn</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A speaker's turn in a transcript (REFI-QDA SyncPoint with its speaker): [start, end) in code points, with the timestamp where the transcript gives one.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.excerpta.model.SpeakerTurn#getSpeaker <em>Speaker</em>}</li>
 *   <li>{@link org.excerpta.model.SpeakerTurn#getStart <em>Start</em>}</li>
 *   <li>{@link org.excerpta.model.SpeakerTurn#getEnd <em>End</em>}</li>
 *   <li>{@link org.excerpta.model.SpeakerTurn#getTimestampMillis <em>Timestamp Millis</em>}</li>
 * </ul>
 *
 * @see org.excerpta.model.ExcerptaPackage#getSpeakerTurn()
 * @model
 * @generated
 */
public interface SpeakerTurn extends Identified {
	/**
	 * Returns the value of the '<em><b>Speaker</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Speaker</em>' attribute.
	 * @see #setSpeaker(String)
	 * @see org.excerpta.model.ExcerptaPackage#getSpeakerTurn_Speaker()
	 * @model
	 * @generated
	 */
	String getSpeaker();

	/**
	 * Sets the value of the '{@link org.excerpta.model.SpeakerTurn#getSpeaker <em>Speaker</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Speaker</em>' attribute.
	 * @see #getSpeaker()
	 * @generated
	 */
	void setSpeaker(String value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(int)
	 * @see org.excerpta.model.ExcerptaPackage#getSpeakerTurn_Start()
	 * @model
	 * @generated
	 */
	int getStart();

	/**
	 * Sets the value of the '{@link org.excerpta.model.SpeakerTurn#getStart <em>Start</em>}' attribute.
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
	 * @see org.excerpta.model.ExcerptaPackage#getSpeakerTurn_End()
	 * @model
	 * @generated
	 */
	int getEnd();

	/**
	 * Sets the value of the '{@link org.excerpta.model.SpeakerTurn#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(int value);

	/**
	 * Returns the value of the '<em><b>Timestamp Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Milliseconds from the start of the recording; null where the transcript has no timestamp.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Timestamp Millis</em>' attribute.
	 * @see #setTimestampMillis(Long)
	 * @see org.excerpta.model.ExcerptaPackage#getSpeakerTurn_TimestampMillis()
	 * @model
	 * @generated
	 */
	Long getTimestampMillis();

	/**
	 * Sets the value of the '{@link org.excerpta.model.SpeakerTurn#getTimestampMillis <em>Timestamp Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timestamp Millis</em>' attribute.
	 * @see #getTimestampMillis()
	 * @generated
	 */
	void setTimestampMillis(Long value);

} // SpeakerTurn
