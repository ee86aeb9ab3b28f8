/**
 */
package org.excerpta.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Excerpta project model. Concepts map one to one onto REFI-QDA (QDA-XML 1.0, urn:QDA-XML:project:1.0). Offsets are Unicode code points from 0, end exclusive.
 * <!-- end-model-doc -->
 * @see org.excerpta.model.ExcerptaFactory
 * @model kind="package"
 * @generated
 */
public interface ExcerptaPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://excerpta.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "excerpta";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ExcerptaPackage eINSTANCE = org.excerpta.model.impl.ExcerptaPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.excerpta.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.excerpta.model.impl.IdentifiedImpl
	 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__GUID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.excerpta.model.impl.AnnotatableImpl <em>Annotatable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.excerpta.model.impl.AnnotatableImpl
	 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getAnnotatable()
	 * @generated
	 */
	int ANNOTATABLE = 1;

	/**
	 * The feature id for the '<em><b>Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATABLE__GUID = IDENTIFIED__GUID;

	/**
	 * The feature id for the '<em><b>Memos</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATABLE__MEMOS = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Annotatable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATABLE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Annotatable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATABLE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.excerpta.model.impl.ProjectImpl <em>Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.excerpta.model.impl.ProjectImpl
	 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getProject()
	 * @generated
	 */
	int PROJECT = 2;

	/**
	 * The feature id for the '<em><b>Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__GUID = ANNOTATABLE__GUID;

	/**
	 * The feature id for the '<em><b>Memos</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__MEMOS = ANNOTATABLE__MEMOS;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__NAME = ANNOTATABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__DESCRIPTION = ANNOTATABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ORIGIN = ANNOTATABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__LANGUAGE = ANNOTATABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CREATED = ANNOTATABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Creating User</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CREATING_USER = ANNOTATABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Users</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__USERS = ANNOTATABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Codebook</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CODEBOOK = ANNOTATABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Variables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__VARIABLES = ANNOTATABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Cases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CASES = ANNOTATABLE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SOURCES = ANNOTATABLE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__NOTES = ANNOTATABLE_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Sets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SETS = ANNOTATABLE_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__LINKS = ANNOTATABLE_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_FEATURE_COUNT = ANNOTATABLE_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_OPERATION_COUNT = ANNOTATABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.excerpta.model.impl.UserImpl <em>User</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.excerpta.model.impl.UserImpl
	 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getUser()
	 * @generated
	 */
	int USER = 3;

	/**
	 * The feature id for the '<em><b>Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__GUID = IDENTIFIED__GUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__ID = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.excerpta.model.impl.CodebookImpl <em>Codebook</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.excerpta.model.impl.CodebookImpl
	 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getCodebook()
	 * @generated
	 */
	int CODEBOOK = 4;

	/**
	 * The feature id for the '<em><b>Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOK__GUID = IDENTIFIED__GUID;

	/**
	 * The feature id for the '<em><b>Codes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOK__CODES = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Codebook</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOK_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Codebook</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOK_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.excerpta.model.impl.CodeImpl <em>Code</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.excerpta.model.impl.CodeImpl
	 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getCode()
	 * @generated
	 */
	int CODE = 5;

	/**
	 * The feature id for the '<em><b>Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__GUID = ANNOTATABLE__GUID;

	/**
	 * The feature id for the '<em><b>Memos</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__MEMOS = ANNOTATABLE__MEMOS;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__NAME = ANNOTATABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__COLOR = ANNOTATABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__DESCRIPTION = ANNOTATABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Codable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__CODABLE = ANNOTATABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__CHILDREN = ANNOTATABLE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Code</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_FEATURE_COUNT = ANNOTATABLE_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Code</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_OPERATION_COUNT = ANNOTATABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.excerpta.model.impl.SourceImpl <em>Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.excerpta.model.impl.SourceImpl
	 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getSource()
	 * @generated
	 */
	int SOURCE = 6;

	/**
	 * The feature id for the '<em><b>Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__GUID = ANNOTATABLE__GUID;

	/**
	 * The feature id for the '<em><b>Memos</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__MEMOS = ANNOTATABLE__MEMOS;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__NAME = ANNOTATABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__DESCRIPTION = ANNOTATABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__KIND = ANNOTATABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Original Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ORIGINAL_PATH = ANNOTATABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__CREATED = ANNOTATABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Creating User</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__CREATING_USER = ANNOTATABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__MODIFIED = ANNOTATABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__VALUES = ANNOTATABLE_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FEATURE_COUNT = ANNOTATABLE_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_OPERATION_COUNT = ANNOTATABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.excerpta.model.impl.TextSourceImpl <em>Text Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.excerpta.model.impl.TextSourceImpl
	 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getTextSource()
	 * @generated
	 */
	int TEXT_SOURCE = 7;

	/**
	 * The feature id for the '<em><b>Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__GUID = SOURCE__GUID;

	/**
	 * The feature id for the '<em><b>Memos</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__MEMOS = SOURCE__MEMOS;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__NAME = SOURCE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__DESCRIPTION = SOURCE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__KIND = SOURCE__KIND;

	/**
	 * The feature id for the '<em><b>Original Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__ORIGINAL_PATH = SOURCE__ORIGINAL_PATH;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__CREATED = SOURCE__CREATED;

	/**
	 * The feature id for the '<em><b>Creating User</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__CREATING_USER = SOURCE__CREATING_USER;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__MODIFIED = SOURCE__MODIFIED;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__VALUES = SOURCE__VALUES;

	/**
	 * The feature id for the '<em><b>Plain Text Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__PLAIN_TEXT_PATH = SOURCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Plain Text Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__PLAIN_TEXT_CONTENT = SOURCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__LENGTH = SOURCE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__CONTENT_HASH = SOURCE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Turns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__TURNS = SOURCE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Selections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__SELECTIONS = SOURCE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Text Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE_FEATURE_COUNT = SOURCE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Text Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE_OPERATION_COUNT = SOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.excerpta.model.impl.SpeakerTurnImpl <em>Speaker Turn</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.excerpta.model.impl.SpeakerTurnImpl
	 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getSpeakerTurn()
	 * @generated
	 */
	int SPEAKER_TURN = 8;

	/**
	 * The feature id for the '<em><b>Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_TURN__GUID = IDENTIFIED__GUID;

	/**
	 * The feature id for the '<em><b>Speaker</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_TURN__SPEAKER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_TURN__START = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_TURN__END = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Timestamp Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_TURN__TIMESTAMP_MILLIS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Speaker Turn</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_TURN_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Speaker Turn</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_TURN_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.excerpta.model.impl.TextSelectionImpl <em>Text Selection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.excerpta.model.impl.TextSelectionImpl
	 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getTextSelection()
	 * @generated
	 */
	int TEXT_SELECTION = 9;

	/**
	 * The feature id for the '<em><b>Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SELECTION__GUID = ANNOTATABLE__GUID;

	/**
	 * The feature id for the '<em><b>Memos</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SELECTION__MEMOS = ANNOTATABLE__MEMOS;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SELECTION__NAME = ANNOTATABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SELECTION__START = ANNOTATABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SELECTION__END = ANNOTATABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Creating User</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SELECTION__CREATING_USER = ANNOTATABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SELECTION__CREATED = ANNOTATABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Codings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SELECTION__CODINGS = ANNOTATABLE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Text Selection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SELECTION_FEATURE_COUNT = ANNOTATABLE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Text Selection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SELECTION_OPERATION_COUNT = ANNOTATABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.excerpta.model.impl.CodingImpl <em>Coding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.excerpta.model.impl.CodingImpl
	 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getCoding()
	 * @generated
	 */
	int CODING = 10;

	/**
	 * The feature id for the '<em><b>Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING__GUID = ANNOTATABLE__GUID;

	/**
	 * The feature id for the '<em><b>Memos</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING__MEMOS = ANNOTATABLE__MEMOS;

	/**
	 * The feature id for the '<em><b>Code</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING__CODE = ANNOTATABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Coder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING__CODER = ANNOTATABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING__CREATED = ANNOTATABLE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Coding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING_FEATURE_COUNT = ANNOTATABLE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Coding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING_OPERATION_COUNT = ANNOTATABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.excerpta.model.impl.CaseImpl <em>Case</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.excerpta.model.impl.CaseImpl
	 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getCase()
	 * @generated
	 */
	int CASE = 11;

	/**
	 * The feature id for the '<em><b>Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__GUID = ANNOTATABLE__GUID;

	/**
	 * The feature id for the '<em><b>Memos</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__MEMOS = ANNOTATABLE__MEMOS;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__NAME = ANNOTATABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__DESCRIPTION = ANNOTATABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__VALUES = ANNOTATABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__SOURCES = ANNOTATABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Selections</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__SELECTIONS = ANNOTATABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Codes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__CODES = ANNOTATABLE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FEATURE_COUNT = ANNOTATABLE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_OPERATION_COUNT = ANNOTATABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.excerpta.model.impl.VariableImpl <em>Variable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.excerpta.model.impl.VariableImpl
	 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getVariable()
	 * @generated
	 */
	int VARIABLE = 12;

	/**
	 * The feature id for the '<em><b>Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__GUID = IDENTIFIED__GUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__TYPE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.excerpta.model.impl.VariableValueImpl <em>Variable Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.excerpta.model.impl.VariableValueImpl
	 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getVariableValue()
	 * @generated
	 */
	int VARIABLE_VALUE = 13;

	/**
	 * The feature id for the '<em><b>Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_VALUE__GUID = IDENTIFIED__GUID;

	/**
	 * The feature id for the '<em><b>Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_VALUE__VARIABLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_VALUE__VALUE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Variable Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_VALUE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Variable Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_VALUE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.excerpta.model.impl.ItemSetImpl <em>Item Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.excerpta.model.impl.ItemSetImpl
	 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getItemSet()
	 * @generated
	 */
	int ITEM_SET = 14;

	/**
	 * The feature id for the '<em><b>Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_SET__GUID = ANNOTATABLE__GUID;

	/**
	 * The feature id for the '<em><b>Memos</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_SET__MEMOS = ANNOTATABLE__MEMOS;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_SET__NAME = ANNOTATABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_SET__DESCRIPTION = ANNOTATABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Member Codes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_SET__MEMBER_CODES = ANNOTATABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Member Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_SET__MEMBER_SOURCES = ANNOTATABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Member Memos</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_SET__MEMBER_MEMOS = ANNOTATABLE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Item Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_SET_FEATURE_COUNT = ANNOTATABLE_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Item Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_SET_OPERATION_COUNT = ANNOTATABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.excerpta.model.impl.MemoImpl <em>Memo</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.excerpta.model.impl.MemoImpl
	 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getMemo()
	 * @generated
	 */
	int MEMO = 15;

	/**
	 * The feature id for the '<em><b>Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMO__GUID = IDENTIFIED__GUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMO__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMO__TEXT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Creating User</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMO__CREATING_USER = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMO__CREATED = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMO__MODIFIED = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Memo</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMO_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Memo</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMO_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.excerpta.model.impl.LinkImpl <em>Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.excerpta.model.impl.LinkImpl
	 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getLink()
	 * @generated
	 */
	int LINK = 16;

	/**
	 * The feature id for the '<em><b>Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__GUID = ANNOTATABLE__GUID;

	/**
	 * The feature id for the '<em><b>Memos</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__MEMOS = ANNOTATABLE__MEMOS;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__NAME = ANNOTATABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__DIRECTION = ANNOTATABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__COLOR = ANNOTATABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__ORIGIN = ANNOTATABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__TARGET = ANNOTATABLE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_FEATURE_COUNT = ANNOTATABLE_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_OPERATION_COUNT = ANNOTATABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.excerpta.model.SourceKind <em>Source Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.excerpta.model.SourceKind
	 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getSourceKind()
	 * @generated
	 */
	int SOURCE_KIND = 17;

	/**
	 * The meta object id for the '{@link org.excerpta.model.VariableType <em>Variable Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.excerpta.model.VariableType
	 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getVariableType()
	 * @generated
	 */
	int VARIABLE_TYPE = 18;

	/**
	 * The meta object id for the '{@link org.excerpta.model.LinkDirection <em>Link Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.excerpta.model.LinkDirection
	 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getLinkDirection()
	 * @generated
	 */
	int LINK_DIRECTION = 19;


	/**
	 * Returns the meta object for class '{@link org.excerpta.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.excerpta.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.Identified#getGuid <em>Guid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guid</em>'.
	 * @see org.excerpta.model.Identified#getGuid()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Guid();

	/**
	 * Returns the meta object for class '{@link org.excerpta.model.Annotatable <em>Annotatable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotatable</em>'.
	 * @see org.excerpta.model.Annotatable
	 * @generated
	 */
	EClass getAnnotatable();

	/**
	 * Returns the meta object for the reference list '{@link org.excerpta.model.Annotatable#getMemos <em>Memos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Memos</em>'.
	 * @see org.excerpta.model.Annotatable#getMemos()
	 * @see #getAnnotatable()
	 * @generated
	 */
	EReference getAnnotatable_Memos();

	/**
	 * Returns the meta object for class '{@link org.excerpta.model.Project <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Project</em>'.
	 * @see org.excerpta.model.Project
	 * @generated
	 */
	EClass getProject();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.Project#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.excerpta.model.Project#getName()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.Project#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.excerpta.model.Project#getDescription()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.Project#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see org.excerpta.model.Project#getOrigin()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Origin();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.Project#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.excerpta.model.Project#getLanguage()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.Project#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.excerpta.model.Project#getCreated()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Created();

	/**
	 * Returns the meta object for the reference '{@link org.excerpta.model.Project#getCreatingUser <em>Creating User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Creating User</em>'.
	 * @see org.excerpta.model.Project#getCreatingUser()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_CreatingUser();

	/**
	 * Returns the meta object for the containment reference list '{@link org.excerpta.model.Project#getUsers <em>Users</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Users</em>'.
	 * @see org.excerpta.model.Project#getUsers()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Users();

	/**
	 * Returns the meta object for the containment reference '{@link org.excerpta.model.Project#getCodebook <em>Codebook</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Codebook</em>'.
	 * @see org.excerpta.model.Project#getCodebook()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Codebook();

	/**
	 * Returns the meta object for the containment reference list '{@link org.excerpta.model.Project#getVariables <em>Variables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Variables</em>'.
	 * @see org.excerpta.model.Project#getVariables()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Variables();

	/**
	 * Returns the meta object for the containment reference list '{@link org.excerpta.model.Project#getCases <em>Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cases</em>'.
	 * @see org.excerpta.model.Project#getCases()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Cases();

	/**
	 * Returns the meta object for the containment reference list '{@link org.excerpta.model.Project#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see org.excerpta.model.Project#getSources()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Sources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.excerpta.model.Project#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notes</em>'.
	 * @see org.excerpta.model.Project#getNotes()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Notes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.excerpta.model.Project#getSets <em>Sets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sets</em>'.
	 * @see org.excerpta.model.Project#getSets()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Sets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.excerpta.model.Project#getLinks <em>Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Links</em>'.
	 * @see org.excerpta.model.Project#getLinks()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Links();

	/**
	 * Returns the meta object for class '{@link org.excerpta.model.User <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>User</em>'.
	 * @see org.excerpta.model.User
	 * @generated
	 */
	EClass getUser();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.User#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.excerpta.model.User#getName()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.User#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.excerpta.model.User#getId()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Id();

	/**
	 * Returns the meta object for class '{@link org.excerpta.model.Codebook <em>Codebook</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Codebook</em>'.
	 * @see org.excerpta.model.Codebook
	 * @generated
	 */
	EClass getCodebook();

	/**
	 * Returns the meta object for the containment reference list '{@link org.excerpta.model.Codebook#getCodes <em>Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Codes</em>'.
	 * @see org.excerpta.model.Codebook#getCodes()
	 * @see #getCodebook()
	 * @generated
	 */
	EReference getCodebook_Codes();

	/**
	 * Returns the meta object for class '{@link org.excerpta.model.Code <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Code</em>'.
	 * @see org.excerpta.model.Code
	 * @generated
	 */
	EClass getCode();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.Code#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.excerpta.model.Code#getName()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.Code#getColor <em>Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Color</em>'.
	 * @see org.excerpta.model.Code#getColor()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Color();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.Code#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.excerpta.model.Code#getDescription()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.Code#isCodable <em>Codable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Codable</em>'.
	 * @see org.excerpta.model.Code#isCodable()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Codable();

	/**
	 * Returns the meta object for the containment reference list '{@link org.excerpta.model.Code#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.excerpta.model.Code#getChildren()
	 * @see #getCode()
	 * @generated
	 */
	EReference getCode_Children();

	/**
	 * Returns the meta object for class '{@link org.excerpta.model.Source <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source</em>'.
	 * @see org.excerpta.model.Source
	 * @generated
	 */
	EClass getSource();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.Source#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.excerpta.model.Source#getName()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.Source#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.excerpta.model.Source#getDescription()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.Source#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.excerpta.model.Source#getKind()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.Source#getOriginalPath <em>Original Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Original Path</em>'.
	 * @see org.excerpta.model.Source#getOriginalPath()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_OriginalPath();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.Source#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.excerpta.model.Source#getCreated()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Created();

	/**
	 * Returns the meta object for the reference '{@link org.excerpta.model.Source#getCreatingUser <em>Creating User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Creating User</em>'.
	 * @see org.excerpta.model.Source#getCreatingUser()
	 * @see #getSource()
	 * @generated
	 */
	EReference getSource_CreatingUser();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.Source#getModified <em>Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified</em>'.
	 * @see org.excerpta.model.Source#getModified()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Modified();

	/**
	 * Returns the meta object for the containment reference list '{@link org.excerpta.model.Source#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see org.excerpta.model.Source#getValues()
	 * @see #getSource()
	 * @generated
	 */
	EReference getSource_Values();

	/**
	 * Returns the meta object for class '{@link org.excerpta.model.TextSource <em>Text Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Text Source</em>'.
	 * @see org.excerpta.model.TextSource
	 * @generated
	 */
	EClass getTextSource();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.TextSource#getPlainTextPath <em>Plain Text Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plain Text Path</em>'.
	 * @see org.excerpta.model.TextSource#getPlainTextPath()
	 * @see #getTextSource()
	 * @generated
	 */
	EAttribute getTextSource_PlainTextPath();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.TextSource#getPlainTextContent <em>Plain Text Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plain Text Content</em>'.
	 * @see org.excerpta.model.TextSource#getPlainTextContent()
	 * @see #getTextSource()
	 * @generated
	 */
	EAttribute getTextSource_PlainTextContent();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.TextSource#getLength <em>Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Length</em>'.
	 * @see org.excerpta.model.TextSource#getLength()
	 * @see #getTextSource()
	 * @generated
	 */
	EAttribute getTextSource_Length();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.TextSource#getContentHash <em>Content Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Hash</em>'.
	 * @see org.excerpta.model.TextSource#getContentHash()
	 * @see #getTextSource()
	 * @generated
	 */
	EAttribute getTextSource_ContentHash();

	/**
	 * Returns the meta object for the containment reference list '{@link org.excerpta.model.TextSource#getTurns <em>Turns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Turns</em>'.
	 * @see org.excerpta.model.TextSource#getTurns()
	 * @see #getTextSource()
	 * @generated
	 */
	EReference getTextSource_Turns();

	/**
	 * Returns the meta object for the containment reference list '{@link org.excerpta.model.TextSource#getSelections <em>Selections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Selections</em>'.
	 * @see org.excerpta.model.TextSource#getSelections()
	 * @see #getTextSource()
	 * @generated
	 */
	EReference getTextSource_Selections();

	/**
	 * Returns the meta object for class '{@link org.excerpta.model.SpeakerTurn <em>Speaker Turn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Speaker Turn</em>'.
	 * @see org.excerpta.model.SpeakerTurn
	 * @generated
	 */
	EClass getSpeakerTurn();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.SpeakerTurn#getSpeaker <em>Speaker</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Speaker</em>'.
	 * @see org.excerpta.model.SpeakerTurn#getSpeaker()
	 * @see #getSpeakerTurn()
	 * @generated
	 */
	EAttribute getSpeakerTurn_Speaker();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.SpeakerTurn#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.excerpta.model.SpeakerTurn#getStart()
	 * @see #getSpeakerTurn()
	 * @generated
	 */
	EAttribute getSpeakerTurn_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.SpeakerTurn#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.excerpta.model.SpeakerTurn#getEnd()
	 * @see #getSpeakerTurn()
	 * @generated
	 */
	EAttribute getSpeakerTurn_End();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.SpeakerTurn#getTimestampMillis <em>Timestamp Millis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timestamp Millis</em>'.
	 * @see org.excerpta.model.SpeakerTurn#getTimestampMillis()
	 * @see #getSpeakerTurn()
	 * @generated
	 */
	EAttribute getSpeakerTurn_TimestampMillis();

	/**
	 * Returns the meta object for class '{@link org.excerpta.model.TextSelection <em>Text Selection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Text Selection</em>'.
	 * @see org.excerpta.model.TextSelection
	 * @generated
	 */
	EClass getTextSelection();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.TextSelection#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.excerpta.model.TextSelection#getName()
	 * @see #getTextSelection()
	 * @generated
	 */
	EAttribute getTextSelection_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.TextSelection#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.excerpta.model.TextSelection#getStart()
	 * @see #getTextSelection()
	 * @generated
	 */
	EAttribute getTextSelection_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.TextSelection#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.excerpta.model.TextSelection#getEnd()
	 * @see #getTextSelection()
	 * @generated
	 */
	EAttribute getTextSelection_End();

	/**
	 * Returns the meta object for the reference '{@link org.excerpta.model.TextSelection#getCreatingUser <em>Creating User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Creating User</em>'.
	 * @see org.excerpta.model.TextSelection#getCreatingUser()
	 * @see #getTextSelection()
	 * @generated
	 */
	EReference getTextSelection_CreatingUser();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.TextSelection#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.excerpta.model.TextSelection#getCreated()
	 * @see #getTextSelection()
	 * @generated
	 */
	EAttribute getTextSelection_Created();

	/**
	 * Returns the meta object for the containment reference list '{@link org.excerpta.model.TextSelection#getCodings <em>Codings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Codings</em>'.
	 * @see org.excerpta.model.TextSelection#getCodings()
	 * @see #getTextSelection()
	 * @generated
	 */
	EReference getTextSelection_Codings();

	/**
	 * Returns the meta object for class '{@link org.excerpta.model.Coding <em>Coding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Coding</em>'.
	 * @see org.excerpta.model.Coding
	 * @generated
	 */
	EClass getCoding();

	/**
	 * Returns the meta object for the reference '{@link org.excerpta.model.Coding#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Code</em>'.
	 * @see org.excerpta.model.Coding#getCode()
	 * @see #getCoding()
	 * @generated
	 */
	EReference getCoding_Code();

	/**
	 * Returns the meta object for the reference '{@link org.excerpta.model.Coding#getCoder <em>Coder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Coder</em>'.
	 * @see org.excerpta.model.Coding#getCoder()
	 * @see #getCoding()
	 * @generated
	 */
	EReference getCoding_Coder();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.Coding#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.excerpta.model.Coding#getCreated()
	 * @see #getCoding()
	 * @generated
	 */
	EAttribute getCoding_Created();

	/**
	 * Returns the meta object for class '{@link org.excerpta.model.Case <em>Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Case</em>'.
	 * @see org.excerpta.model.Case
	 * @generated
	 */
	EClass getCase();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.Case#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.excerpta.model.Case#getName()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.Case#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.excerpta.model.Case#getDescription()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.excerpta.model.Case#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see org.excerpta.model.Case#getValues()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Values();

	/**
	 * Returns the meta object for the reference list '{@link org.excerpta.model.Case#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sources</em>'.
	 * @see org.excerpta.model.Case#getSources()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Sources();

	/**
	 * Returns the meta object for the reference list '{@link org.excerpta.model.Case#getSelections <em>Selections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Selections</em>'.
	 * @see org.excerpta.model.Case#getSelections()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Selections();

	/**
	 * Returns the meta object for the reference list '{@link org.excerpta.model.Case#getCodes <em>Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Codes</em>'.
	 * @see org.excerpta.model.Case#getCodes()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Codes();

	/**
	 * Returns the meta object for class '{@link org.excerpta.model.Variable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Variable</em>'.
	 * @see org.excerpta.model.Variable
	 * @generated
	 */
	EClass getVariable();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.Variable#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.excerpta.model.Variable#getName()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.Variable#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.excerpta.model.Variable#getDescription()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.Variable#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.excerpta.model.Variable#getType()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Type();

	/**
	 * Returns the meta object for class '{@link org.excerpta.model.VariableValue <em>Variable Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Variable Value</em>'.
	 * @see org.excerpta.model.VariableValue
	 * @generated
	 */
	EClass getVariableValue();

	/**
	 * Returns the meta object for the reference '{@link org.excerpta.model.VariableValue#getVariable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Variable</em>'.
	 * @see org.excerpta.model.VariableValue#getVariable()
	 * @see #getVariableValue()
	 * @generated
	 */
	EReference getVariableValue_Variable();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.VariableValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.excerpta.model.VariableValue#getValue()
	 * @see #getVariableValue()
	 * @generated
	 */
	EAttribute getVariableValue_Value();

	/**
	 * Returns the meta object for class '{@link org.excerpta.model.ItemSet <em>Item Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item Set</em>'.
	 * @see org.excerpta.model.ItemSet
	 * @generated
	 */
	EClass getItemSet();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.ItemSet#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.excerpta.model.ItemSet#getName()
	 * @see #getItemSet()
	 * @generated
	 */
	EAttribute getItemSet_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.ItemSet#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.excerpta.model.ItemSet#getDescription()
	 * @see #getItemSet()
	 * @generated
	 */
	EAttribute getItemSet_Description();

	/**
	 * Returns the meta object for the reference list '{@link org.excerpta.model.ItemSet#getMemberCodes <em>Member Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Member Codes</em>'.
	 * @see org.excerpta.model.ItemSet#getMemberCodes()
	 * @see #getItemSet()
	 * @generated
	 */
	EReference getItemSet_MemberCodes();

	/**
	 * Returns the meta object for the reference list '{@link org.excerpta.model.ItemSet#getMemberSources <em>Member Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Member Sources</em>'.
	 * @see org.excerpta.model.ItemSet#getMemberSources()
	 * @see #getItemSet()
	 * @generated
	 */
	EReference getItemSet_MemberSources();

	/**
	 * Returns the meta object for the reference list '{@link org.excerpta.model.ItemSet#getMemberMemos <em>Member Memos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Member Memos</em>'.
	 * @see org.excerpta.model.ItemSet#getMemberMemos()
	 * @see #getItemSet()
	 * @generated
	 */
	EReference getItemSet_MemberMemos();

	/**
	 * Returns the meta object for class '{@link org.excerpta.model.Memo <em>Memo</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Memo</em>'.
	 * @see org.excerpta.model.Memo
	 * @generated
	 */
	EClass getMemo();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.Memo#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.excerpta.model.Memo#getName()
	 * @see #getMemo()
	 * @generated
	 */
	EAttribute getMemo_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.Memo#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.excerpta.model.Memo#getText()
	 * @see #getMemo()
	 * @generated
	 */
	EAttribute getMemo_Text();

	/**
	 * Returns the meta object for the reference '{@link org.excerpta.model.Memo#getCreatingUser <em>Creating User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Creating User</em>'.
	 * @see org.excerpta.model.Memo#getCreatingUser()
	 * @see #getMemo()
	 * @generated
	 */
	EReference getMemo_CreatingUser();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.Memo#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.excerpta.model.Memo#getCreated()
	 * @see #getMemo()
	 * @generated
	 */
	EAttribute getMemo_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.Memo#getModified <em>Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified</em>'.
	 * @see org.excerpta.model.Memo#getModified()
	 * @see #getMemo()
	 * @generated
	 */
	EAttribute getMemo_Modified();

	/**
	 * Returns the meta object for class '{@link org.excerpta.model.Link <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Link</em>'.
	 * @see org.excerpta.model.Link
	 * @generated
	 */
	EClass getLink();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.Link#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.excerpta.model.Link#getName()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.Link#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.excerpta.model.Link#getDirection()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.excerpta.model.Link#getColor <em>Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Color</em>'.
	 * @see org.excerpta.model.Link#getColor()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_Color();

	/**
	 * Returns the meta object for the reference '{@link org.excerpta.model.Link#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Origin</em>'.
	 * @see org.excerpta.model.Link#getOrigin()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_Origin();

	/**
	 * Returns the meta object for the reference '{@link org.excerpta.model.Link#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.excerpta.model.Link#getTarget()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_Target();

	/**
	 * Returns the meta object for enum '{@link org.excerpta.model.SourceKind <em>Source Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Source Kind</em>'.
	 * @see org.excerpta.model.SourceKind
	 * @generated
	 */
	EEnum getSourceKind();

	/**
	 * Returns the meta object for enum '{@link org.excerpta.model.VariableType <em>Variable Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Variable Type</em>'.
	 * @see org.excerpta.model.VariableType
	 * @generated
	 */
	EEnum getVariableType();

	/**
	 * Returns the meta object for enum '{@link org.excerpta.model.LinkDirection <em>Link Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Link Direction</em>'.
	 * @see org.excerpta.model.LinkDirection
	 * @generated
	 */
	EEnum getLinkDirection();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ExcerptaFactory getExcerptaFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.excerpta.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.excerpta.model.impl.IdentifiedImpl
		 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Guid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__GUID = eINSTANCE.getIdentified_Guid();

		/**
		 * The meta object literal for the '{@link org.excerpta.model.impl.AnnotatableImpl <em>Annotatable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.excerpta.model.impl.AnnotatableImpl
		 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getAnnotatable()
		 * @generated
		 */
		EClass ANNOTATABLE = eINSTANCE.getAnnotatable();

		/**
		 * The meta object literal for the '<em><b>Memos</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATABLE__MEMOS = eINSTANCE.getAnnotatable_Memos();

		/**
		 * The meta object literal for the '{@link org.excerpta.model.impl.ProjectImpl <em>Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.excerpta.model.impl.ProjectImpl
		 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getProject()
		 * @generated
		 */
		EClass PROJECT = eINSTANCE.getProject();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__NAME = eINSTANCE.getProject_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__DESCRIPTION = eINSTANCE.getProject_Description();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__ORIGIN = eINSTANCE.getProject_Origin();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__LANGUAGE = eINSTANCE.getProject_Language();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__CREATED = eINSTANCE.getProject_Created();

		/**
		 * The meta object literal for the '<em><b>Creating User</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__CREATING_USER = eINSTANCE.getProject_CreatingUser();

		/**
		 * The meta object literal for the '<em><b>Users</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__USERS = eINSTANCE.getProject_Users();

		/**
		 * The meta object literal for the '<em><b>Codebook</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__CODEBOOK = eINSTANCE.getProject_Codebook();

		/**
		 * The meta object literal for the '<em><b>Variables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__VARIABLES = eINSTANCE.getProject_Variables();

		/**
		 * The meta object literal for the '<em><b>Cases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__CASES = eINSTANCE.getProject_Cases();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__SOURCES = eINSTANCE.getProject_Sources();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__NOTES = eINSTANCE.getProject_Notes();

		/**
		 * The meta object literal for the '<em><b>Sets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__SETS = eINSTANCE.getProject_Sets();

		/**
		 * The meta object literal for the '<em><b>Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__LINKS = eINSTANCE.getProject_Links();

		/**
		 * The meta object literal for the '{@link org.excerpta.model.impl.UserImpl <em>User</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.excerpta.model.impl.UserImpl
		 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getUser()
		 * @generated
		 */
		EClass USER = eINSTANCE.getUser();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__NAME = eINSTANCE.getUser_Name();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__ID = eINSTANCE.getUser_Id();

		/**
		 * The meta object literal for the '{@link org.excerpta.model.impl.CodebookImpl <em>Codebook</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.excerpta.model.impl.CodebookImpl
		 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getCodebook()
		 * @generated
		 */
		EClass CODEBOOK = eINSTANCE.getCodebook();

		/**
		 * The meta object literal for the '<em><b>Codes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODEBOOK__CODES = eINSTANCE.getCodebook_Codes();

		/**
		 * The meta object literal for the '{@link org.excerpta.model.impl.CodeImpl <em>Code</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.excerpta.model.impl.CodeImpl
		 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getCode()
		 * @generated
		 */
		EClass CODE = eINSTANCE.getCode();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__NAME = eINSTANCE.getCode_Name();

		/**
		 * The meta object literal for the '<em><b>Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__COLOR = eINSTANCE.getCode_Color();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__DESCRIPTION = eINSTANCE.getCode_Description();

		/**
		 * The meta object literal for the '<em><b>Codable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__CODABLE = eINSTANCE.getCode_Codable();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODE__CHILDREN = eINSTANCE.getCode_Children();

		/**
		 * The meta object literal for the '{@link org.excerpta.model.impl.SourceImpl <em>Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.excerpta.model.impl.SourceImpl
		 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getSource()
		 * @generated
		 */
		EClass SOURCE = eINSTANCE.getSource();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__NAME = eINSTANCE.getSource_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__DESCRIPTION = eINSTANCE.getSource_Description();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__KIND = eINSTANCE.getSource_Kind();

		/**
		 * The meta object literal for the '<em><b>Original Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__ORIGINAL_PATH = eINSTANCE.getSource_OriginalPath();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__CREATED = eINSTANCE.getSource_Created();

		/**
		 * The meta object literal for the '<em><b>Creating User</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE__CREATING_USER = eINSTANCE.getSource_CreatingUser();

		/**
		 * The meta object literal for the '<em><b>Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__MODIFIED = eINSTANCE.getSource_Modified();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE__VALUES = eINSTANCE.getSource_Values();

		/**
		 * The meta object literal for the '{@link org.excerpta.model.impl.TextSourceImpl <em>Text Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.excerpta.model.impl.TextSourceImpl
		 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getTextSource()
		 * @generated
		 */
		EClass TEXT_SOURCE = eINSTANCE.getTextSource();

		/**
		 * The meta object literal for the '<em><b>Plain Text Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_SOURCE__PLAIN_TEXT_PATH = eINSTANCE.getTextSource_PlainTextPath();

		/**
		 * The meta object literal for the '<em><b>Plain Text Content</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_SOURCE__PLAIN_TEXT_CONTENT = eINSTANCE.getTextSource_PlainTextContent();

		/**
		 * The meta object literal for the '<em><b>Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_SOURCE__LENGTH = eINSTANCE.getTextSource_Length();

		/**
		 * The meta object literal for the '<em><b>Content Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_SOURCE__CONTENT_HASH = eINSTANCE.getTextSource_ContentHash();

		/**
		 * The meta object literal for the '<em><b>Turns</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEXT_SOURCE__TURNS = eINSTANCE.getTextSource_Turns();

		/**
		 * The meta object literal for the '<em><b>Selections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEXT_SOURCE__SELECTIONS = eINSTANCE.getTextSource_Selections();

		/**
		 * The meta object literal for the '{@link org.excerpta.model.impl.SpeakerTurnImpl <em>Speaker Turn</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.excerpta.model.impl.SpeakerTurnImpl
		 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getSpeakerTurn()
		 * @generated
		 */
		EClass SPEAKER_TURN = eINSTANCE.getSpeakerTurn();

		/**
		 * The meta object literal for the '<em><b>Speaker</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPEAKER_TURN__SPEAKER = eINSTANCE.getSpeakerTurn_Speaker();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPEAKER_TURN__START = eINSTANCE.getSpeakerTurn_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPEAKER_TURN__END = eINSTANCE.getSpeakerTurn_End();

		/**
		 * The meta object literal for the '<em><b>Timestamp Millis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPEAKER_TURN__TIMESTAMP_MILLIS = eINSTANCE.getSpeakerTurn_TimestampMillis();

		/**
		 * The meta object literal for the '{@link org.excerpta.model.impl.TextSelectionImpl <em>Text Selection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.excerpta.model.impl.TextSelectionImpl
		 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getTextSelection()
		 * @generated
		 */
		EClass TEXT_SELECTION = eINSTANCE.getTextSelection();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_SELECTION__NAME = eINSTANCE.getTextSelection_Name();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_SELECTION__START = eINSTANCE.getTextSelection_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_SELECTION__END = eINSTANCE.getTextSelection_End();

		/**
		 * The meta object literal for the '<em><b>Creating User</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEXT_SELECTION__CREATING_USER = eINSTANCE.getTextSelection_CreatingUser();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_SELECTION__CREATED = eINSTANCE.getTextSelection_Created();

		/**
		 * The meta object literal for the '<em><b>Codings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEXT_SELECTION__CODINGS = eINSTANCE.getTextSelection_Codings();

		/**
		 * The meta object literal for the '{@link org.excerpta.model.impl.CodingImpl <em>Coding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.excerpta.model.impl.CodingImpl
		 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getCoding()
		 * @generated
		 */
		EClass CODING = eINSTANCE.getCoding();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODING__CODE = eINSTANCE.getCoding_Code();

		/**
		 * The meta object literal for the '<em><b>Coder</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODING__CODER = eINSTANCE.getCoding_Coder();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODING__CREATED = eINSTANCE.getCoding_Created();

		/**
		 * The meta object literal for the '{@link org.excerpta.model.impl.CaseImpl <em>Case</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.excerpta.model.impl.CaseImpl
		 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getCase()
		 * @generated
		 */
		EClass CASE = eINSTANCE.getCase();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__NAME = eINSTANCE.getCase_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__DESCRIPTION = eINSTANCE.getCase_Description();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__VALUES = eINSTANCE.getCase_Values();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__SOURCES = eINSTANCE.getCase_Sources();

		/**
		 * The meta object literal for the '<em><b>Selections</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__SELECTIONS = eINSTANCE.getCase_Selections();

		/**
		 * The meta object literal for the '<em><b>Codes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__CODES = eINSTANCE.getCase_Codes();

		/**
		 * The meta object literal for the '{@link org.excerpta.model.impl.VariableImpl <em>Variable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.excerpta.model.impl.VariableImpl
		 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getVariable()
		 * @generated
		 */
		EClass VARIABLE = eINSTANCE.getVariable();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__NAME = eINSTANCE.getVariable_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__DESCRIPTION = eINSTANCE.getVariable_Description();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__TYPE = eINSTANCE.getVariable_Type();

		/**
		 * The meta object literal for the '{@link org.excerpta.model.impl.VariableValueImpl <em>Variable Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.excerpta.model.impl.VariableValueImpl
		 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getVariableValue()
		 * @generated
		 */
		EClass VARIABLE_VALUE = eINSTANCE.getVariableValue();

		/**
		 * The meta object literal for the '<em><b>Variable</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VARIABLE_VALUE__VARIABLE = eINSTANCE.getVariableValue_Variable();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE_VALUE__VALUE = eINSTANCE.getVariableValue_Value();

		/**
		 * The meta object literal for the '{@link org.excerpta.model.impl.ItemSetImpl <em>Item Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.excerpta.model.impl.ItemSetImpl
		 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getItemSet()
		 * @generated
		 */
		EClass ITEM_SET = eINSTANCE.getItemSet();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_SET__NAME = eINSTANCE.getItemSet_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_SET__DESCRIPTION = eINSTANCE.getItemSet_Description();

		/**
		 * The meta object literal for the '<em><b>Member Codes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM_SET__MEMBER_CODES = eINSTANCE.getItemSet_MemberCodes();

		/**
		 * The meta object literal for the '<em><b>Member Sources</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM_SET__MEMBER_SOURCES = eINSTANCE.getItemSet_MemberSources();

		/**
		 * The meta object literal for the '<em><b>Member Memos</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM_SET__MEMBER_MEMOS = eINSTANCE.getItemSet_MemberMemos();

		/**
		 * The meta object literal for the '{@link org.excerpta.model.impl.MemoImpl <em>Memo</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.excerpta.model.impl.MemoImpl
		 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getMemo()
		 * @generated
		 */
		EClass MEMO = eINSTANCE.getMemo();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMO__NAME = eINSTANCE.getMemo_Name();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMO__TEXT = eINSTANCE.getMemo_Text();

		/**
		 * The meta object literal for the '<em><b>Creating User</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMO__CREATING_USER = eINSTANCE.getMemo_CreatingUser();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMO__CREATED = eINSTANCE.getMemo_Created();

		/**
		 * The meta object literal for the '<em><b>Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMO__MODIFIED = eINSTANCE.getMemo_Modified();

		/**
		 * The meta object literal for the '{@link org.excerpta.model.impl.LinkImpl <em>Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.excerpta.model.impl.LinkImpl
		 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getLink()
		 * @generated
		 */
		EClass LINK = eINSTANCE.getLink();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__NAME = eINSTANCE.getLink_Name();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__DIRECTION = eINSTANCE.getLink_Direction();

		/**
		 * The meta object literal for the '<em><b>Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__COLOR = eINSTANCE.getLink_Color();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__ORIGIN = eINSTANCE.getLink_Origin();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__TARGET = eINSTANCE.getLink_Target();

		/**
		 * The meta object literal for the '{@link org.excerpta.model.SourceKind <em>Source Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.excerpta.model.SourceKind
		 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getSourceKind()
		 * @generated
		 */
		EEnum SOURCE_KIND = eINSTANCE.getSourceKind();

		/**
		 * The meta object literal for the '{@link org.excerpta.model.VariableType <em>Variable Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.excerpta.model.VariableType
		 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getVariableType()
		 * @generated
		 */
		EEnum VARIABLE_TYPE = eINSTANCE.getVariableType();

		/**
		 * The meta object literal for the '{@link org.excerpta.model.LinkDirection <em>Link Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.excerpta.model.LinkDirection
		 * @see org.excerpta.model.impl.ExcerptaPackageImpl#getLinkDirection()
		 * @generated
		 */
		EEnum LINK_DIRECTION = eINSTANCE.getLinkDirection();

	}

} //ExcerptaPackage
