/**
 */
package org.excerpta.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Link Direction</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.excerpta.model.ExcerptaPackage#getLinkDirection()
 * @model
 * @generated
 */
public enum LinkDirection implements Enumerator {
	/**
	 * The '<em><b>ASSOCIATIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSOCIATIVE_VALUE
	 * @generated
	 * @ordered
	 */
	ASSOCIATIVE(0, "ASSOCIATIVE", "Associative"),

	/**
	 * The '<em><b>ONE WAY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ONE_WAY_VALUE
	 * @generated
	 * @ordered
	 */
	ONE_WAY(1, "ONE_WAY", "OneWay"),

	/**
	 * The '<em><b>BIDIRECTIONAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BIDIRECTIONAL_VALUE
	 * @generated
	 * @ordered
	 */
	BIDIRECTIONAL(2, "BIDIRECTIONAL", "Bidirectional");

	/**
	 * The '<em><b>ASSOCIATIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSOCIATIVE
	 * @model literal="Associative"
	 * @generated
	 * @ordered
	 */
	public static final int ASSOCIATIVE_VALUE = 0;

	/**
	 * The '<em><b>ONE WAY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ONE_WAY
	 * @model literal="OneWay"
	 * @generated
	 * @ordered
	 */
	public static final int ONE_WAY_VALUE = 1;

	/**
	 * The '<em><b>BIDIRECTIONAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BIDIRECTIONAL
	 * @model literal="Bidirectional"
	 * @generated
	 * @ordered
	 */
	public static final int BIDIRECTIONAL_VALUE = 2;

	/**
	 * An array of all the '<em><b>Link Direction</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LinkDirection[] VALUES_ARRAY =
		new LinkDirection[] {
			ASSOCIATIVE,
			ONE_WAY,
			BIDIRECTIONAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Link Direction</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LinkDirection> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Link Direction</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LinkDirection get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LinkDirection result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Link Direction</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LinkDirection getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LinkDirection result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Link Direction</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LinkDirection get(int value) {
		switch (value) {
			case ASSOCIATIVE_VALUE: return ASSOCIATIVE;
			case ONE_WAY_VALUE: return ONE_WAY;
			case BIDIRECTIONAL_VALUE: return BIDIRECTIONAL;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private LinkDirection(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //LinkDirection
