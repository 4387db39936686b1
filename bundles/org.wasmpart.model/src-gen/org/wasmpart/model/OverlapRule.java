/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Overlap Rule</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.wasmpart.model.WasmpartPackage#getOverlapRule()
 * @model
 * @generated
 */
public enum OverlapRule implements Enumerator {
	/**
	 * The '<em><b>NOT APPLICABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_APPLICABLE_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_APPLICABLE(0, "NOT_APPLICABLE", "n/a"),

	/**
	 * The '<em><b>HIGHEST NUMBER WINS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HIGHEST_NUMBER_WINS_VALUE
	 * @generated
	 * @ordered
	 */
	HIGHEST_NUMBER_WINS(1, "HIGHEST_NUMBER_WINS", "highest-wins"),

	/**
	 * The '<em><b>LOWEST NUMBER WINS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOWEST_NUMBER_WINS_VALUE
	 * @generated
	 * @ordered
	 */
	LOWEST_NUMBER_WINS(2, "LOWEST_NUMBER_WINS", "lowest-wins"),

	/**
	 * The '<em><b>FAULT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAULT_VALUE
	 * @generated
	 * @ordered
	 */
	FAULT(3, "FAULT", "fault");

	/**
	 * The '<em><b>NOT APPLICABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_APPLICABLE
	 * @model literal="n/a"
	 * @generated
	 * @ordered
	 */
	public static final int NOT_APPLICABLE_VALUE = 0;

	/**
	 * The '<em><b>HIGHEST NUMBER WINS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HIGHEST_NUMBER_WINS
	 * @model literal="highest-wins"
	 * @generated
	 * @ordered
	 */
	public static final int HIGHEST_NUMBER_WINS_VALUE = 1;

	/**
	 * The '<em><b>LOWEST NUMBER WINS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOWEST_NUMBER_WINS
	 * @model literal="lowest-wins"
	 * @generated
	 * @ordered
	 */
	public static final int LOWEST_NUMBER_WINS_VALUE = 2;

	/**
	 * The '<em><b>FAULT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAULT
	 * @model literal="fault"
	 * @generated
	 * @ordered
	 */
	public static final int FAULT_VALUE = 3;

	/**
	 * An array of all the '<em><b>Overlap Rule</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OverlapRule[] VALUES_ARRAY =
		new OverlapRule[] {
			NOT_APPLICABLE,
			HIGHEST_NUMBER_WINS,
			LOWEST_NUMBER_WINS,
			FAULT,
		};

	/**
	 * A public read-only list of all the '<em><b>Overlap Rule</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OverlapRule> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Overlap Rule</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OverlapRule get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OverlapRule result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Overlap Rule</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OverlapRule getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OverlapRule result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Overlap Rule</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OverlapRule get(int value) {
		switch (value) {
			case NOT_APPLICABLE_VALUE: return NOT_APPLICABLE;
			case HIGHEST_NUMBER_WINS_VALUE: return HIGHEST_NUMBER_WINS;
			case LOWEST_NUMBER_WINS_VALUE: return LOWEST_NUMBER_WINS;
			case FAULT_VALUE: return FAULT;
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
	private OverlapRule(int value, String name, String literal) {
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
	
} //OverlapRule
