/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Wasm Module</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An execution domain: one instance in its own thread or partition, with its private memory.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wasmpart.model.WasmModule#getToolchain <em>Toolchain</em>}</li>
 *   <li>{@link org.wasmpart.model.WasmModule#getFeatures <em>Features</em>}</li>
 *   <li>{@link org.wasmpart.model.WasmModule#getDisabledFeatures <em>Disabled Features</em>}</li>
 *   <li>{@link org.wasmpart.model.WasmModule#getLinearMemory <em>Linear Memory</em>}</li>
 *   <li>{@link org.wasmpart.model.WasmModule#getStack <em>Stack</em>}</li>
 *   <li>{@link org.wasmpart.model.WasmModule#getHeap <em>Heap</em>}</li>
 *   <li>{@link org.wasmpart.model.WasmModule#getBank <em>Bank</em>}</li>
 *   <li>{@link org.wasmpart.model.WasmModule#getBase <em>Base</em>}</li>
 *   <li>{@link org.wasmpart.model.WasmModule#isLaidOut <em>Laid Out</em>}</li>
 *   <li>{@link org.wasmpart.model.WasmModule#getGrants <em>Grants</em>}</li>
 * </ul>
 *
 * @see org.wasmpart.model.WasmpartPackage#getWasmModule()
 * @model
 * @generated
 */
public interface WasmModule extends Identified {
	/**
	 * Returns the value of the '<em><b>Toolchain</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Toolchain</em>' containment reference.
	 * @see #setToolchain(Toolchain)
	 * @see org.wasmpart.model.WasmpartPackage#getWasmModule_Toolchain()
	 * @model containment="true"
	 * @generated
	 */
	Toolchain getToolchain();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.WasmModule#getToolchain <em>Toolchain</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Toolchain</em>' containment reference.
	 * @see #getToolchain()
	 * @generated
	 */
	void setToolchain(Toolchain value);

	/**
	 * Returns the value of the '<em><b>Features</b></em>' attribute list.
	 * The list contents are of type {@link org.wasmpart.model.WasmFeature}.
	 * The literals are from the enumeration {@link org.wasmpart.model.WasmFeature}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Features</em>' attribute list.
	 * @see org.wasmpart.model.WasmFeature
	 * @see org.wasmpart.model.WasmpartPackage#getWasmModule_Features()
	 * @model
	 * @generated
	 */
	EList<WasmFeature> getFeatures();

	/**
	 * Returns the value of the '<em><b>Disabled Features</b></em>' attribute list.
	 * The list contents are of type {@link org.wasmpart.model.WasmFeature}.
	 * The literals are from the enumeration {@link org.wasmpart.model.WasmFeature}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disabled Features</em>' attribute list.
	 * @see org.wasmpart.model.WasmFeature
	 * @see org.wasmpart.model.WasmpartPackage#getWasmModule_DisabledFeatures()
	 * @model
	 * @generated
	 */
	EList<WasmFeature> getDisabledFeatures();

	/**
	 * Returns the value of the '<em><b>Linear Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Linear Memory</em>' attribute.
	 * @see #setLinearMemory(long)
	 * @see org.wasmpart.model.WasmpartPackage#getWasmModule_LinearMemory()
	 * @model dataType="org.wasmpart.model.ByteSize"
	 * @generated
	 */
	long getLinearMemory();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.WasmModule#getLinearMemory <em>Linear Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Linear Memory</em>' attribute.
	 * @see #getLinearMemory()
	 * @generated
	 */
	void setLinearMemory(long value);

	/**
	 * Returns the value of the '<em><b>Stack</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stack</em>' attribute.
	 * @see #setStack(long)
	 * @see org.wasmpart.model.WasmpartPackage#getWasmModule_Stack()
	 * @model dataType="org.wasmpart.model.ByteSize"
	 * @generated
	 */
	long getStack();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.WasmModule#getStack <em>Stack</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stack</em>' attribute.
	 * @see #getStack()
	 * @generated
	 */
	void setStack(long value);

	/**
	 * Returns the value of the '<em><b>Heap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Heap</em>' attribute.
	 * @see #setHeap(long)
	 * @see org.wasmpart.model.WasmpartPackage#getWasmModule_Heap()
	 * @model dataType="org.wasmpart.model.ByteSize"
	 * @generated
	 */
	long getHeap();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.WasmModule#getHeap <em>Heap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Heap</em>' attribute.
	 * @see #getHeap()
	 * @generated
	 */
	void setHeap(long value);

	/**
	 * Returns the value of the '<em><b>Bank</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bank</em>' reference.
	 * @see #setBank(MemoryBank)
	 * @see org.wasmpart.model.WasmpartPackage#getWasmModule_Bank()
	 * @model
	 * @generated
	 */
	MemoryBank getBank();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.WasmModule#getBank <em>Bank</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bank</em>' reference.
	 * @see #getBank()
	 * @generated
	 */
	void setBank(MemoryBank value);

	/**
	 * Returns the value of the '<em><b>Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the module's private memory (linear memory, then stack, then heap, contiguous) starts; unset lets the layout choose.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base</em>' attribute.
	 * @see #isSetBase()
	 * @see #unsetBase()
	 * @see #setBase(long)
	 * @see org.wasmpart.model.WasmpartPackage#getWasmModule_Base()
	 * @model unsettable="true" dataType="org.wasmpart.model.Address"
	 * @generated
	 */
	long getBase();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.WasmModule#getBase <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base</em>' attribute.
	 * @see #isSetBase()
	 * @see #unsetBase()
	 * @see #getBase()
	 * @generated
	 */
	void setBase(long value);

	/**
	 * Unsets the value of the '{@link org.wasmpart.model.WasmModule#getBase <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBase()
	 * @see #getBase()
	 * @see #setBase(long)
	 * @generated
	 */
	void unsetBase();

	/**
	 * Returns whether the value of the '{@link org.wasmpart.model.WasmModule#getBase <em>Base</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Base</em>' attribute is set.
	 * @see #unsetBase()
	 * @see #getBase()
	 * @see #setBase(long)
	 * @generated
	 */
	boolean isSetBase();

	/**
	 * Returns the value of the '<em><b>Laid Out</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the layout chose this base (and size); re-layout may move it; false means the user fixed it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Laid Out</em>' attribute.
	 * @see #setLaidOut(boolean)
	 * @see org.wasmpart.model.WasmpartPackage#getWasmModule_LaidOut()
	 * @model
	 * @generated
	 */
	boolean isLaidOut();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.WasmModule#isLaidOut <em>Laid Out</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Laid Out</em>' attribute.
	 * @see #isLaidOut()
	 * @generated
	 */
	void setLaidOut(boolean value);

	/**
	 * Returns the value of the '<em><b>Grants</b></em>' containment reference list.
	 * The list contents are of type {@link org.wasmpart.model.Grant}.
	 * It is bidirectional and its opposite is '{@link org.wasmpart.model.Grant#getModule <em>Module</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Grants</em>' containment reference list.
	 * @see org.wasmpart.model.WasmpartPackage#getWasmModule_Grants()
	 * @see org.wasmpart.model.Grant#getModule
	 * @model opposite="module" containment="true"
	 * @generated
	 */
	EList<Grant> getGrants();

} // WasmModule
