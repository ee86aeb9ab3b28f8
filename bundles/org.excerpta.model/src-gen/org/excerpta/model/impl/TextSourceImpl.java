/**
 */
package org.excerpta.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.excerpta.model.ExcerptaPackage;
import org.excerpta.model.SpeakerTurn;
import org.excerpta.model.TextSelection;
import org.excerpta.model.TextSource;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Text Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.excerpta.model.impl.TextSourceImpl#getPlainTextPath <em>Plain Text Path</em>}</li>
 *   <li>{@link org.excerpta.model.impl.TextSourceImpl#getPlainTextContent <em>Plain Text Content</em>}</li>
 *   <li>{@link org.excerpta.model.impl.TextSourceImpl#getLength <em>Length</em>}</li>
 *   <li>{@link org.excerpta.model.impl.TextSourceImpl#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link org.excerpta.model.impl.TextSourceImpl#getTurns <em>Turns</em>}</li>
 *   <li>{@link org.excerpta.model.impl.TextSourceImpl#getSelections <em>Selections</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TextSourceImpl extends SourceImpl implements TextSource {
	/**
	 * The default value of the '{@link #getPlainTextPath() <em>Plain Text Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlainTextPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PLAIN_TEXT_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlainTextPath() <em>Plain Text Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlainTextPath()
	 * @generated
	 * @ordered
	 */
	protected String plainTextPath = PLAIN_TEXT_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlainTextContent() <em>Plain Text Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlainTextContent()
	 * @generated
	 * @ordered
	 */
	protected static final String PLAIN_TEXT_CONTENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlainTextContent() <em>Plain Text Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlainTextContent()
	 * @generated
	 * @ordered
	 */
	protected String plainTextContent = PLAIN_TEXT_CONTENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected static final int LENGTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected int length = LENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getContentHash() <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentHash()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENT_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContentHash() <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentHash()
	 * @generated
	 * @ordered
	 */
	protected String contentHash = CONTENT_HASH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTurns() <em>Turns</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTurns()
	 * @generated
	 * @ordered
	 */
	protected EList<SpeakerTurn> turns;

	/**
	 * The cached value of the '{@link #getSelections() <em>Selections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelections()
	 * @generated
	 * @ordered
	 */
	protected EList<TextSelection> selections;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TextSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExcerptaPackage.Literals.TEXT_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlainTextPath() {
		return plainTextPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlainTextPath(String newPlainTextPath) {
		String oldPlainTextPath = plainTextPath;
		plainTextPath = newPlainTextPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.TEXT_SOURCE__PLAIN_TEXT_PATH, oldPlainTextPath, plainTextPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlainTextContent() {
		return plainTextContent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlainTextContent(String newPlainTextContent) {
		String oldPlainTextContent = plainTextContent;
		plainTextContent = newPlainTextContent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.TEXT_SOURCE__PLAIN_TEXT_CONTENT, oldPlainTextContent, plainTextContent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLength() {
		return length;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLength(int newLength) {
		int oldLength = length;
		length = newLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.TEXT_SOURCE__LENGTH, oldLength, length));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContentHash() {
		return contentHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContentHash(String newContentHash) {
		String oldContentHash = contentHash;
		contentHash = newContentHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.TEXT_SOURCE__CONTENT_HASH, oldContentHash, contentHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SpeakerTurn> getTurns() {
		if (turns == null) {
			turns = new EObjectContainmentEList<SpeakerTurn>(SpeakerTurn.class, this, ExcerptaPackage.TEXT_SOURCE__TURNS);
		}
		return turns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TextSelection> getSelections() {
		if (selections == null) {
			selections = new EObjectContainmentEList<TextSelection>(TextSelection.class, this, ExcerptaPackage.TEXT_SOURCE__SELECTIONS);
		}
		return selections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ExcerptaPackage.TEXT_SOURCE__TURNS:
				return ((InternalEList<?>)getTurns()).basicRemove(otherEnd, msgs);
			case ExcerptaPackage.TEXT_SOURCE__SELECTIONS:
				return ((InternalEList<?>)getSelections()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExcerptaPackage.TEXT_SOURCE__PLAIN_TEXT_PATH:
				return getPlainTextPath();
			case ExcerptaPackage.TEXT_SOURCE__PLAIN_TEXT_CONTENT:
				return getPlainTextContent();
			case ExcerptaPackage.TEXT_SOURCE__LENGTH:
				return getLength();
			case ExcerptaPackage.TEXT_SOURCE__CONTENT_HASH:
				return getContentHash();
			case ExcerptaPackage.TEXT_SOURCE__TURNS:
				return getTurns();
			case ExcerptaPackage.TEXT_SOURCE__SELECTIONS:
				return getSelections();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ExcerptaPackage.TEXT_SOURCE__PLAIN_TEXT_PATH:
				setPlainTextPath((String)newValue);
				return;
			case ExcerptaPackage.TEXT_SOURCE__PLAIN_TEXT_CONTENT:
				setPlainTextContent((String)newValue);
				return;
			case ExcerptaPackage.TEXT_SOURCE__LENGTH:
				setLength((Integer)newValue);
				return;
			case ExcerptaPackage.TEXT_SOURCE__CONTENT_HASH:
				setContentHash((String)newValue);
				return;
			case ExcerptaPackage.TEXT_SOURCE__TURNS:
				getTurns().clear();
				getTurns().addAll((Collection<? extends SpeakerTurn>)newValue);
				return;
			case ExcerptaPackage.TEXT_SOURCE__SELECTIONS:
				getSelections().clear();
				getSelections().addAll((Collection<? extends TextSelection>)newValue);
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
			case ExcerptaPackage.TEXT_SOURCE__PLAIN_TEXT_PATH:
				setPlainTextPath(PLAIN_TEXT_PATH_EDEFAULT);
				return;
			case ExcerptaPackage.TEXT_SOURCE__PLAIN_TEXT_CONTENT:
				setPlainTextContent(PLAIN_TEXT_CONTENT_EDEFAULT);
				return;
			case ExcerptaPackage.TEXT_SOURCE__LENGTH:
				setLength(LENGTH_EDEFAULT);
				return;
			case ExcerptaPackage.TEXT_SOURCE__CONTENT_HASH:
				setContentHash(CONTENT_HASH_EDEFAULT);
				return;
			case ExcerptaPackage.TEXT_SOURCE__TURNS:
				getTurns().clear();
				return;
			case ExcerptaPackage.TEXT_SOURCE__SELECTIONS:
				getSelections().clear();
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
			case ExcerptaPackage.TEXT_SOURCE__PLAIN_TEXT_PATH:
				return PLAIN_TEXT_PATH_EDEFAULT == null ? plainTextPath != null : !PLAIN_TEXT_PATH_EDEFAULT.equals(plainTextPath);
			case ExcerptaPackage.TEXT_SOURCE__PLAIN_TEXT_CONTENT:
				return PLAIN_TEXT_CONTENT_EDEFAULT == null ? plainTextContent != null : !PLAIN_TEXT_CONTENT_EDEFAULT.equals(plainTextContent);
			case ExcerptaPackage.TEXT_SOURCE__LENGTH:
				return length != LENGTH_EDEFAULT;
			case ExcerptaPackage.TEXT_SOURCE__CONTENT_HASH:
				return CONTENT_HASH_EDEFAULT == null ? contentHash != null : !CONTENT_HASH_EDEFAULT.equals(contentHash);
			case ExcerptaPackage.TEXT_SOURCE__TURNS:
				return turns != null && !turns.isEmpty();
			case ExcerptaPackage.TEXT_SOURCE__SELECTIONS:
				return selections != null && !selections.isEmpty();
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
		result.append(" (plainTextPath: ");
		result.append(plainTextPath);
		result.append(", plainTextContent: ");
		result.append(plainTextContent);
		result.append(", length: ");
		result.append(length);
		result.append(", contentHash: ");
		result.append(contentHash);
		result.append(')');
		return result.toString();
	}

} //TextSourceImpl
