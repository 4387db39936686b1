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
 * A representation of the literals of the enumeration '<em><b>Execution Mode</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.wasmpart.model.WasmpartPackage#getExecutionMode()
 * @model
 * @generated
 */
public enum ExecutionMode implements Enumerator {
	/**
	 * The '<em><b>INTERPRETER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERPRETER_VALUE
	 * @generated
	 * @ordered
	 */
	INTERPRETER(0, "INTERPRETER", "interpreter"),

	/**
	 * The '<em><b>FAST INTERPRETER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAST_INTERPRETER_VALUE
	 * @generated
	 * @ordered
	 */
	FAST_INTERPRETER(1, "FAST_INTERPRETER", "fast-interpreter"),

	/**
	 * The '<em><b>AOT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AOT_VALUE
	 * @generated
	 * @ordered
	 */
	AOT(2, "AOT", "aot"),

	/**
	 * The '<em><b>JIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JIT_VALUE
	 * @generated
	 * @ordered
	 */
	JIT(3, "JIT", "jit");

	/**
	 * The '<em><b>INTERPRETER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERPRETER
	 * @model literal="interpreter"
	 * @generated
	 * @ordered
	 */
	public static final int INTERPRETER_VALUE = 0;

	/**
	 * The '<em><b>FAST INTERPRETER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAST_INTERPRETER
	 * @model literal="fast-interpreter"
	 * @generated
	 * @ordered
	 */
	public static final int FAST_INTERPRETER_VALUE = 1;

	/**
	 * The '<em><b>AOT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AOT
	 * @model literal="aot"
	 * @generated
	 * @ordered
	 */
	public static final int AOT_VALUE = 2;

	/**
	 * The '<em><b>JIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JIT
	 * @model literal="jit"
	 * @generated
	 * @ordered
	 */
	public static final int JIT_VALUE = 3;

	/**
	 * An array of all the '<em><b>Execution Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ExecutionMode[] VALUES_ARRAY =
		new ExecutionMode[] {
			INTERPRETER,
			FAST_INTERPRETER,
			AOT,
			JIT,
		};

	/**
	 * A public read-only list of all the '<em><b>Execution Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ExecutionMode> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Execution Mode</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ExecutionMode get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ExecutionMode result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Execution Mode</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ExecutionMode getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ExecutionMode result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Execution Mode</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ExecutionMode get(int value) {
		switch (value) {
			case INTERPRETER_VALUE: return INTERPRETER;
			case FAST_INTERPRETER_VALUE: return FAST_INTERPRETER;
			case AOT_VALUE: return AOT;
			case JIT_VALUE: return JIT;
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
	private ExecutionMode(int value, String name, String literal) {
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
	
} //ExecutionMode
