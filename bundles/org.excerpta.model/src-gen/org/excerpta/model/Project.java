/**
 */
package org.excerpta.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.excerpta.model.Project#getName <em>Name</em>}</li>
 *   <li>{@link org.excerpta.model.Project#getDescription <em>Description</em>}</li>
 *   <li>{@link org.excerpta.model.Project#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.excerpta.model.Project#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.excerpta.model.Project#getCreated <em>Created</em>}</li>
 *   <li>{@link org.excerpta.model.Project#getCreatingUser <em>Creating User</em>}</li>
 *   <li>{@link org.excerpta.model.Project#getUsers <em>Users</em>}</li>
 *   <li>{@link org.excerpta.model.Project#getCodebook <em>Codebook</em>}</li>
 *   <li>{@link org.excerpta.model.Project#getVariables <em>Variables</em>}</li>
 *   <li>{@link org.excerpta.model.Project#getCases <em>Cases</em>}</li>
 *   <li>{@link org.excerpta.model.Project#getSources <em>Sources</em>}</li>
 *   <li>{@link org.excerpta.model.Project#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.excerpta.model.Project#getSets <em>Sets</em>}</li>
 *   <li>{@link org.excerpta.model.Project#getLinks <em>Links</em>}</li>
 * </ul>
 *
 * @see org.excerpta.model.ExcerptaPackage#getProject()
 * @model
 * @generated
 */
public interface Project extends Annotatable {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.excerpta.model.ExcerptaPackage#getProject_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Project#getName <em>Name</em>}' attribute.
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
	 * @see org.excerpta.model.ExcerptaPackage#getProject_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Project#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see #setOrigin(String)
	 * @see org.excerpta.model.ExcerptaPackage#getProject_Origin()
	 * @model
	 * @generated
	 */
	String getOrigin();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Project#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(String value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * The default value is <code>"en"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The language of the project's texts (ISO 639-1 code), which decides how searches match word forms.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.excerpta.model.ExcerptaPackage#getProject_Language()
	 * @model default="en"
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Project#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see org.excerpta.model.ExcerptaPackage#getProject_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Project#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

	/**
	 * Returns the value of the '<em><b>Creating User</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Creating User</em>' reference.
	 * @see #setCreatingUser(User)
	 * @see org.excerpta.model.ExcerptaPackage#getProject_CreatingUser()
	 * @model
	 * @generated
	 */
	User getCreatingUser();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Project#getCreatingUser <em>Creating User</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Creating User</em>' reference.
	 * @see #getCreatingUser()
	 * @generated
	 */
	void setCreatingUser(User value);

	/**
	 * Returns the value of the '<em><b>Users</b></em>' containment reference list.
	 * The list contents are of type {@link org.excerpta.model.User}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Users</em>' containment reference list.
	 * @see org.excerpta.model.ExcerptaPackage#getProject_Users()
	 * @model containment="true"
	 * @generated
	 */
	EList<User> getUsers();

	/**
	 * Returns the value of the '<em><b>Codebook</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Codebook</em>' containment reference.
	 * @see #setCodebook(Codebook)
	 * @see org.excerpta.model.ExcerptaPackage#getProject_Codebook()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Codebook getCodebook();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Project#getCodebook <em>Codebook</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Codebook</em>' containment reference.
	 * @see #getCodebook()
	 * @generated
	 */
	void setCodebook(Codebook value);

	/**
	 * Returns the value of the '<em><b>Variables</b></em>' containment reference list.
	 * The list contents are of type {@link org.excerpta.model.Variable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Variables</em>' containment reference list.
	 * @see org.excerpta.model.ExcerptaPackage#getProject_Variables()
	 * @model containment="true"
	 * @generated
	 */
	EList<Variable> getVariables();

	/**
	 * Returns the value of the '<em><b>Cases</b></em>' containment reference list.
	 * The list contents are of type {@link org.excerpta.model.Case}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cases</em>' containment reference list.
	 * @see org.excerpta.model.ExcerptaPackage#getProject_Cases()
	 * @model containment="true"
	 * @generated
	 */
	EList<Case> getCases();

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.excerpta.model.Source}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sources</em>' containment reference list.
	 * @see org.excerpta.model.ExcerptaPackage#getProject_Sources()
	 * @model containment="true"
	 * @generated
	 */
	EList<Source> getSources();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' containment reference list.
	 * The list contents are of type {@link org.excerpta.model.Memo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' containment reference list.
	 * @see org.excerpta.model.ExcerptaPackage#getProject_Notes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Memo> getNotes();

	/**
	 * Returns the value of the '<em><b>Sets</b></em>' containment reference list.
	 * The list contents are of type {@link org.excerpta.model.ItemSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sets</em>' containment reference list.
	 * @see org.excerpta.model.ExcerptaPackage#getProject_Sets()
	 * @model containment="true"
	 * @generated
	 */
	EList<ItemSet> getSets();

	/**
	 * Returns the value of the '<em><b>Links</b></em>' containment reference list.
	 * The list contents are of type {@link org.excerpta.model.Link}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Links</em>' containment reference list.
	 * @see org.excerpta.model.ExcerptaPackage#getProject_Links()
	 * @model containment="true"
	 * @generated
	 */
	EList<Link> getLinks();

} // Project
