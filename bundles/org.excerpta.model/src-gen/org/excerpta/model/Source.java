/**
 */
package org.excerpta.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.excerpta.model.Source#getName <em>Name</em>}</li>
 *   <li>{@link org.excerpta.model.Source#getDescription <em>Description</em>}</li>
 *   <li>{@link org.excerpta.model.Source#getKind <em>Kind</em>}</li>
 *   <li>{@link org.excerpta.model.Source#getOriginalPath <em>Original Path</em>}</li>
 *   <li>{@link org.excerpta.model.Source#getCreated <em>Created</em>}</li>
 *   <li>{@link org.excerpta.model.Source#getCreatingUser <em>Creating User</em>}</li>
 *   <li>{@link org.excerpta.model.Source#getModified <em>Modified</em>}</li>
 *   <li>{@link org.excerpta.model.Source#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see org.excerpta.model.ExcerptaPackage#getSource()
 * @model abstract="true"
 * @generated
 */
public interface Source extends Annotatable {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.excerpta.model.ExcerptaPackage#getSource_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Source#getName <em>Name</em>}' attribute.
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
	 * @see org.excerpta.model.ExcerptaPackage#getSource_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Source#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.excerpta.model.SourceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.excerpta.model.SourceKind
	 * @see #setKind(SourceKind)
	 * @see org.excerpta.model.ExcerptaPackage#getSource_Kind()
	 * @model
	 * @generated
	 */
	SourceKind getKind();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Source#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.excerpta.model.SourceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SourceKind value);

	/**
	 * Returns the value of the '<em><b>Original Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the original file is kept, relative to the project folder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Original Path</em>' attribute.
	 * @see #setOriginalPath(String)
	 * @see org.excerpta.model.ExcerptaPackage#getSource_OriginalPath()
	 * @model
	 * @generated
	 */
	String getOriginalPath();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Source#getOriginalPath <em>Original Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Original Path</em>' attribute.
	 * @see #getOriginalPath()
	 * @generated
	 */
	void setOriginalPath(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see org.excerpta.model.ExcerptaPackage#getSource_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Source#getCreated <em>Created</em>}' attribute.
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
	 * @see org.excerpta.model.ExcerptaPackage#getSource_CreatingUser()
	 * @model
	 * @generated
	 */
	User getCreatingUser();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Source#getCreatingUser <em>Creating User</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Creating User</em>' reference.
	 * @see #getCreatingUser()
	 * @generated
	 */
	void setCreatingUser(User value);

	/**
	 * Returns the value of the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modified</em>' attribute.
	 * @see #setModified(Date)
	 * @see org.excerpta.model.ExcerptaPackage#getSource_Modified()
	 * @model
	 * @generated
	 */
	Date getModified();

	/**
	 * Sets the value of the '{@link org.excerpta.model.Source#getModified <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modified</em>' attribute.
	 * @see #getModified()
	 * @generated
	 */
	void setModified(Date value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.excerpta.model.VariableValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' containment reference list.
	 * @see org.excerpta.model.ExcerptaPackage#getSource_Values()
	 * @model containment="true"
	 * @generated
	 */
	EList<VariableValue> getValues();

} // Source
