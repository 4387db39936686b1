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
 * A representation of the literals of the enumeration '<em><b>Runtime Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.wasmpart.model.WasmpartPackage#getRuntimeKind()
 * @model
 * @generated
 */
public enum RuntimeKind implements Enumerator {
	/**
	 * The '<em><b>WAMR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WAMR_VALUE
	 * @generated
	 * @ordered
	 */
	WAMR(0, "WAMR", "wamr"),

	/**
	 * The '<em><b>WASMTIME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WASMTIME_VALUE
	 * @generated
	 * @ordered
	 */
	WASMTIME(1, "WASMTIME", "wasmtime"),

	/**
	 * The '<em><b>WASM3</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WASM3_VALUE
	 * @generated
	 * @ordered
	 */
	WASM3(2, "WASM3", "wasm3"),

	/**
	 * The '<em><b>AWSM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AWSM_VALUE
	 * @generated
	 * @ordered
	 */
	AWSM(3, "AWSM", "awsm"),

	/**
	 * The '<em><b>WASMI</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WASMI_VALUE
	 * @generated
	 * @ordered
	 */
	WASMI(4, "WASMI", "wasmi");

	/**
	 * The '<em><b>WAMR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WAMR
	 * @model literal="wamr"
	 * @generated
	 * @ordered
	 */
	public static final int WAMR_VALUE = 0;

	/**
	 * The '<em><b>WASMTIME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WASMTIME
	 * @model literal="wasmtime"
	 * @generated
	 * @ordered
	 */
	public static final int WASMTIME_VALUE = 1;

	/**
	 * The '<em><b>WASM3</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WASM3
	 * @model literal="wasm3"
	 * @generated
	 * @ordered
	 */
	public static final int WASM3_VALUE = 2;

	/**
	 * The '<em><b>AWSM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AWSM
	 * @model literal="awsm"
	 * @generated
	 * @ordered
	 */
	public static final int AWSM_VALUE = 3;

	/**
	 * The '<em><b>WASMI</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WASMI
	 * @model literal="wasmi"
	 * @generated
	 * @ordered
	 */
	public static final int WASMI_VALUE = 4;

	/**
	 * An array of all the '<em><b>Runtime Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RuntimeKind[] VALUES_ARRAY =
		new RuntimeKind[] {
			WAMR,
			WASMTIME,
			WASM3,
			AWSM,
			WASMI,
		};

	/**
	 * A public read-only list of all the '<em><b>Runtime Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RuntimeKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Runtime Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RuntimeKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RuntimeKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Runtime Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RuntimeKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RuntimeKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Runtime Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RuntimeKind get(int value) {
		switch (value) {
			case WAMR_VALUE: return WAMR;
			case WASMTIME_VALUE: return WASMTIME;
			case WASM3_VALUE: return WASM3;
			case AWSM_VALUE: return AWSM;
			case WASMI_VALUE: return WASMI;
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
	private RuntimeKind(int value, String name, String literal) {
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
	
} //RuntimeKind
