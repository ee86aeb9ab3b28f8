/**
 */
package org.excerpta.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.excerpta.model.ExcerptaPackage;
import org.excerpta.model.SpeakerTurn;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Speaker Turn</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.excerpta.model.impl.SpeakerTurnImpl#getSpeaker <em>Speaker</em>}</li>
 *   <li>{@link org.excerpta.model.impl.SpeakerTurnImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.excerpta.model.impl.SpeakerTurnImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.excerpta.model.impl.SpeakerTurnImpl#getTimestampMillis <em>Timestamp Millis</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SpeakerTurnImpl extends IdentifiedImpl implements SpeakerTurn {
	/**
	 * The default value of the '{@link #getSpeaker() <em>Speaker</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpeaker()
	 * @generated
	 * @ordered
	 */
	protected static final String SPEAKER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSpeaker() <em>Speaker</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpeaker()
	 * @generated
	 * @ordered
	 */
	protected String speaker = SPEAKER_EDEFAULT;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final int START_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected int start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final int END_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected int end = END_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimestampMillis() <em>Timestamp Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimestampMillis()
	 * @generated
	 * @ordered
	 */
	protected static final Long TIMESTAMP_MILLIS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimestampMillis() <em>Timestamp Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimestampMillis()
	 * @generated
	 * @ordered
	 */
	protected Long timestampMillis = TIMESTAMP_MILLIS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SpeakerTurnImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExcerptaPackage.Literals.SPEAKER_TURN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSpeaker() {
		return speaker;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpeaker(String newSpeaker) {
		String oldSpeaker = speaker;
		speaker = newSpeaker;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.SPEAKER_TURN__SPEAKER, oldSpeaker, speaker));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(int newStart) {
		int oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.SPEAKER_TURN__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(int newEnd) {
		int oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.SPEAKER_TURN__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getTimestampMillis() {
		return timestampMillis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimestampMillis(Long newTimestampMillis) {
		Long oldTimestampMillis = timestampMillis;
		timestampMillis = newTimestampMillis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.SPEAKER_TURN__TIMESTAMP_MILLIS, oldTimestampMillis, timestampMillis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExcerptaPackage.SPEAKER_TURN__SPEAKER:
				return getSpeaker();
			case ExcerptaPackage.SPEAKER_TURN__START:
				return getStart();
			case ExcerptaPackage.SPEAKER_TURN__END:
				return getEnd();
			case ExcerptaPackage.SPEAKER_TURN__TIMESTAMP_MILLIS:
				return getTimestampMillis();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ExcerptaPackage.SPEAKER_TURN__SPEAKER:
				setSpeaker((String)newValue);
				return;
			case ExcerptaPackage.SPEAKER_TURN__START:
				setStart((Integer)newValue);
				return;
			case ExcerptaPackage.SPEAKER_TURN__END:
				setEnd((Integer)newValue);
				return;
			case ExcerptaPackage.SPEAKER_TURN__TIMESTAMP_MILLIS:
				setTimestampMillis((Long)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ExcerptaPackage.SPEAKER_TURN__SPEAKER:
				setSpeaker(SPEAKER_EDEFAULT);
				return;
			case ExcerptaPackage.SPEAKER_TURN__START:
				setStart(START_EDEFAULT);
				return;
			case ExcerptaPackage.SPEAKER_TURN__END:
				setEnd(END_EDEFAULT);
				return;
			case ExcerptaPackage.SPEAKER_TURN__TIMESTAMP_MILLIS:
				setTimestampMillis(TIMESTAMP_MILLIS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ExcerptaPackage.SPEAKER_TURN__SPEAKER:
				return SPEAKER_EDEFAULT == null ? speaker != null : !SPEAKER_EDEFAULT.equals(speaker);
			case ExcerptaPackage.SPEAKER_TURN__START:
				return start != START_EDEFAULT;
			case ExcerptaPackage.SPEAKER_TURN__END:
				return end != END_EDEFAULT;
			case ExcerptaPackage.SPEAKER_TURN__TIMESTAMP_MILLIS:
				return TIMESTAMP_MILLIS_EDEFAULT == null ? timestampMillis != null : !TIMESTAMP_MILLIS_EDEFAULT.equals(timestampMillis);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (speaker: ");
		result.append(speaker);
		result.append(", start: ");
		result.append(start);
		result.append(", end: ");
		result.append(end);
		result.append(", timestampMillis: ");
		result.append(timestampMillis);
		result.append(')');
		return result.toString();
	}

} //SpeakerTurnImpl
