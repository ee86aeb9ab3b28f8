/**
 */
package org.excerpta.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.excerpta.model.Case;
import org.excerpta.model.Codebook;
import org.excerpta.model.ExcerptaPackage;
import org.excerpta.model.ItemSet;
import org.excerpta.model.Link;
import org.excerpta.model.Memo;
import org.excerpta.model.Project;
import org.excerpta.model.Source;
import org.excerpta.model.User;
import org.excerpta.model.Variable;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.excerpta.model.impl.ProjectImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.excerpta.model.impl.ProjectImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.excerpta.model.impl.ProjectImpl#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.excerpta.model.impl.ProjectImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.excerpta.model.impl.ProjectImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link org.excerpta.model.impl.ProjectImpl#getCreatingUser <em>Creating User</em>}</li>
 *   <li>{@link org.excerpta.model.impl.ProjectImpl#getUsers <em>Users</em>}</li>
 *   <li>{@link org.excerpta.model.impl.ProjectImpl#getCodebook <em>Codebook</em>}</li>
 *   <li>{@link org.excerpta.model.impl.ProjectImpl#getVariables <em>Variables</em>}</li>
 *   <li>{@link org.excerpta.model.impl.ProjectImpl#getCases <em>Cases</em>}</li>
 *   <li>{@link org.excerpta.model.impl.ProjectImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link org.excerpta.model.impl.ProjectImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.excerpta.model.impl.ProjectImpl#getSets <em>Sets</em>}</li>
 *   <li>{@link org.excerpta.model.impl.ProjectImpl#getLinks <em>Links</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProjectImpl extends AnnotatableImpl implements Project {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected static final String ORIGIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected String origin = ORIGIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_EDEFAULT = "en";

	/**
	 * The cached value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected String language = LANGUAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected Date created = CREATED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCreatingUser() <em>Creating User</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatingUser()
	 * @generated
	 * @ordered
	 */
	protected User creatingUser;

	/**
	 * The cached value of the '{@link #getUsers() <em>Users</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsers()
	 * @generated
	 * @ordered
	 */
	protected EList<User> users;

	/**
	 * The cached value of the '{@link #getCodebook() <em>Codebook</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodebook()
	 * @generated
	 * @ordered
	 */
	protected Codebook codebook;

	/**
	 * The cached value of the '{@link #getVariables() <em>Variables</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariables()
	 * @generated
	 * @ordered
	 */
	protected EList<Variable> variables;

	/**
	 * The cached value of the '{@link #getCases() <em>Cases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCases()
	 * @generated
	 * @ordered
	 */
	protected EList<Case> cases;

	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<Source> sources;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected EList<Memo> notes;

	/**
	 * The cached value of the '{@link #getSets() <em>Sets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSets()
	 * @generated
	 * @ordered
	 */
	protected EList<ItemSet> sets;

	/**
	 * The cached value of the '{@link #getLinks() <em>Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<Link> links;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExcerptaPackage.Literals.PROJECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.PROJECT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.PROJECT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrigin() {
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrigin(String newOrigin) {
		String oldOrigin = origin;
		origin = newOrigin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.PROJECT__ORIGIN, oldOrigin, origin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguage() {
		return language;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguage(String newLanguage) {
		String oldLanguage = language;
		language = newLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.PROJECT__LANGUAGE, oldLanguage, language));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(Date newCreated) {
		Date oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.PROJECT__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public User getCreatingUser() {
		if (creatingUser != null && creatingUser.eIsProxy()) {
			InternalEObject oldCreatingUser = (InternalEObject)creatingUser;
			creatingUser = (User)eResolveProxy(oldCreatingUser);
			if (creatingUser != oldCreatingUser) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ExcerptaPackage.PROJECT__CREATING_USER, oldCreatingUser, creatingUser));
			}
		}
		return creatingUser;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public User basicGetCreatingUser() {
		return creatingUser;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatingUser(User newCreatingUser) {
		User oldCreatingUser = creatingUser;
		creatingUser = newCreatingUser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.PROJECT__CREATING_USER, oldCreatingUser, creatingUser));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<User> getUsers() {
		if (users == null) {
			users = new EObjectContainmentEList<User>(User.class, this, ExcerptaPackage.PROJECT__USERS);
		}
		return users;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Codebook getCodebook() {
		return codebook;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCodebook(Codebook newCodebook, NotificationChain msgs) {
		Codebook oldCodebook = codebook;
		codebook = newCodebook;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ExcerptaPackage.PROJECT__CODEBOOK, oldCodebook, newCodebook);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCodebook(Codebook newCodebook) {
		if (newCodebook != codebook) {
			NotificationChain msgs = null;
			if (codebook != null)
				msgs = ((InternalEObject)codebook).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ExcerptaPackage.PROJECT__CODEBOOK, null, msgs);
			if (newCodebook != null)
				msgs = ((InternalEObject)newCodebook).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ExcerptaPackage.PROJECT__CODEBOOK, null, msgs);
			msgs = basicSetCodebook(newCodebook, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExcerptaPackage.PROJECT__CODEBOOK, newCodebook, newCodebook));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Variable> getVariables() {
		if (variables == null) {
			variables = new EObjectContainmentEList<Variable>(Variable.class, this, ExcerptaPackage.PROJECT__VARIABLES);
		}
		return variables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Case> getCases() {
		if (cases == null) {
			cases = new EObjectContainmentEList<Case>(Case.class, this, ExcerptaPackage.PROJECT__CASES);
		}
		return cases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Source> getSources() {
		if (sources == null) {
			sources = new EObjectContainmentEList<Source>(Source.class, this, ExcerptaPackage.PROJECT__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Memo> getNotes() {
		if (notes == null) {
			notes = new EObjectContainmentEList<Memo>(Memo.class, this, ExcerptaPackage.PROJECT__NOTES);
		}
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ItemSet> getSets() {
		if (sets == null) {
			sets = new EObjectContainmentEList<ItemSet>(ItemSet.class, this, ExcerptaPackage.PROJECT__SETS);
		}
		return sets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Link> getLinks() {
		if (links == null) {
			links = new EObjectContainmentEList<Link>(Link.class, this, ExcerptaPackage.PROJECT__LINKS);
		}
		return links;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ExcerptaPackage.PROJECT__USERS:
				return ((InternalEList<?>)getUsers()).basicRemove(otherEnd, msgs);
			case ExcerptaPackage.PROJECT__CODEBOOK:
				return basicSetCodebook(null, msgs);
			case ExcerptaPackage.PROJECT__VARIABLES:
				return ((InternalEList<?>)getVariables()).basicRemove(otherEnd, msgs);
			case ExcerptaPackage.PROJECT__CASES:
				return ((InternalEList<?>)getCases()).basicRemove(otherEnd, msgs);
			case ExcerptaPackage.PROJECT__SOURCES:
				return ((InternalEList<?>)getSources()).basicRemove(otherEnd, msgs);
			case ExcerptaPackage.PROJECT__NOTES:
				return ((InternalEList<?>)getNotes()).basicRemove(otherEnd, msgs);
			case ExcerptaPackage.PROJECT__SETS:
				return ((InternalEList<?>)getSets()).basicRemove(otherEnd, msgs);
			case ExcerptaPackage.PROJECT__LINKS:
				return ((InternalEList<?>)getLinks()).basicRemove(otherEnd, msgs);
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
			case ExcerptaPackage.PROJECT__NAME:
				return getName();
			case ExcerptaPackage.PROJECT__DESCRIPTION:
				return getDescription();
			case ExcerptaPackage.PROJECT__ORIGIN:
				return getOrigin();
			case ExcerptaPackage.PROJECT__LANGUAGE:
				return getLanguage();
			case ExcerptaPackage.PROJECT__CREATED:
				return getCreated();
			case ExcerptaPackage.PROJECT__CREATING_USER:
				if (resolve) return getCreatingUser();
				return basicGetCreatingUser();
			case ExcerptaPackage.PROJECT__USERS:
				return getUsers();
			case ExcerptaPackage.PROJECT__CODEBOOK:
				return getCodebook();
			case ExcerptaPackage.PROJECT__VARIABLES:
				return getVariables();
			case ExcerptaPackage.PROJECT__CASES:
				return getCases();
			case ExcerptaPackage.PROJECT__SOURCES:
				return getSources();
			case ExcerptaPackage.PROJECT__NOTES:
				return getNotes();
			case ExcerptaPackage.PROJECT__SETS:
				return getSets();
			case ExcerptaPackage.PROJECT__LINKS:
				return getLinks();
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
			case ExcerptaPackage.PROJECT__NAME:
				setName((String)newValue);
				return;
			case ExcerptaPackage.PROJECT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ExcerptaPackage.PROJECT__ORIGIN:
				setOrigin((String)newValue);
				return;
			case ExcerptaPackage.PROJECT__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case ExcerptaPackage.PROJECT__CREATED:
				setCreated((Date)newValue);
				return;
			case ExcerptaPackage.PROJECT__CREATING_USER:
				setCreatingUser((User)newValue);
				return;
			case ExcerptaPackage.PROJECT__USERS:
				getUsers().clear();
				getUsers().addAll((Collection<? extends User>)newValue);
				return;
			case ExcerptaPackage.PROJECT__CODEBOOK:
				setCodebook((Codebook)newValue);
				return;
			case ExcerptaPackage.PROJECT__VARIABLES:
				getVariables().clear();
				getVariables().addAll((Collection<? extends Variable>)newValue);
				return;
			case ExcerptaPackage.PROJECT__CASES:
				getCases().clear();
				getCases().addAll((Collection<? extends Case>)newValue);
				return;
			case ExcerptaPackage.PROJECT__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends Source>)newValue);
				return;
			case ExcerptaPackage.PROJECT__NOTES:
				getNotes().clear();
				getNotes().addAll((Collection<? extends Memo>)newValue);
				return;
			case ExcerptaPackage.PROJECT__SETS:
				getSets().clear();
				getSets().addAll((Collection<? extends ItemSet>)newValue);
				return;
			case ExcerptaPackage.PROJECT__LINKS:
				getLinks().clear();
				getLinks().addAll((Collection<? extends Link>)newValue);
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
			case ExcerptaPackage.PROJECT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ExcerptaPackage.PROJECT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ExcerptaPackage.PROJECT__ORIGIN:
				setOrigin(ORIGIN_EDEFAULT);
				return;
			case ExcerptaPackage.PROJECT__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case ExcerptaPackage.PROJECT__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case ExcerptaPackage.PROJECT__CREATING_USER:
				setCreatingUser((User)null);
				return;
			case ExcerptaPackage.PROJECT__USERS:
				getUsers().clear();
				return;
			case ExcerptaPackage.PROJECT__CODEBOOK:
				setCodebook((Codebook)null);
				return;
			case ExcerptaPackage.PROJECT__VARIABLES:
				getVariables().clear();
				return;
			case ExcerptaPackage.PROJECT__CASES:
				getCases().clear();
				return;
			case ExcerptaPackage.PROJECT__SOURCES:
				getSources().clear();
				return;
			case ExcerptaPackage.PROJECT__NOTES:
				getNotes().clear();
				return;
			case ExcerptaPackage.PROJECT__SETS:
				getSets().clear();
				return;
			case ExcerptaPackage.PROJECT__LINKS:
				getLinks().clear();
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
			case ExcerptaPackage.PROJECT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ExcerptaPackage.PROJECT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ExcerptaPackage.PROJECT__ORIGIN:
				return ORIGIN_EDEFAULT == null ? origin != null : !ORIGIN_EDEFAULT.equals(origin);
			case ExcerptaPackage.PROJECT__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
			case ExcerptaPackage.PROJECT__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case ExcerptaPackage.PROJECT__CREATING_USER:
				return creatingUser != null;
			case ExcerptaPackage.PROJECT__USERS:
				return users != null && !users.isEmpty();
			case ExcerptaPackage.PROJECT__CODEBOOK:
				return codebook != null;
			case ExcerptaPackage.PROJECT__VARIABLES:
				return variables != null && !variables.isEmpty();
			case ExcerptaPackage.PROJECT__CASES:
				return cases != null && !cases.isEmpty();
			case ExcerptaPackage.PROJECT__SOURCES:
				return sources != null && !sources.isEmpty();
			case ExcerptaPackage.PROJECT__NOTES:
				return notes != null && !notes.isEmpty();
			case ExcerptaPackage.PROJECT__SETS:
				return sets != null && !sets.isEmpty();
			case ExcerptaPackage.PROJECT__LINKS:
				return links != null && !links.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", origin: ");
		result.append(origin);
		result.append(", language: ");
		result.append(language);
		result.append(", created: ");
		result.append(created);
		result.append(')');
		return result.toString();
	}

} //ProjectImpl
