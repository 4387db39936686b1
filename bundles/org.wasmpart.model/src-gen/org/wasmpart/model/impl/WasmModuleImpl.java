/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.wasmpart.model.Grant;
import org.wasmpart.model.MemoryBank;
import org.wasmpart.model.Toolchain;
import org.wasmpart.model.WasmFeature;
import org.wasmpart.model.WasmModule;
import org.wasmpart.model.WasmpartPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Wasm Module</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.wasmpart.model.impl.WasmModuleImpl#getToolchain <em>Toolchain</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.WasmModuleImpl#getFeatures <em>Features</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.WasmModuleImpl#getDisabledFeatures <em>Disabled Features</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.WasmModuleImpl#getLinearMemory <em>Linear Memory</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.WasmModuleImpl#getStack <em>Stack</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.WasmModuleImpl#getHeap <em>Heap</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.WasmModuleImpl#getBank <em>Bank</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.WasmModuleImpl#getBase <em>Base</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.WasmModuleImpl#isLaidOut <em>Laid Out</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.WasmModuleImpl#getGrants <em>Grants</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WasmModuleImpl extends IdentifiedImpl implements WasmModule {
	/**
	 * The cached value of the '{@link #getToolchain() <em>Toolchain</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToolchain()
	 * @generated
	 * @ordered
	 */
	protected Toolchain toolchain;

	/**
	 * The cached value of the '{@link #getFeatures() <em>Features</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatures()
	 * @generated
	 * @ordered
	 */
	protected EList<WasmFeature> features;

	/**
	 * The cached value of the '{@link #getDisabledFeatures() <em>Disabled Features</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisabledFeatures()
	 * @generated
	 * @ordered
	 */
	protected EList<WasmFeature> disabledFeatures;

	/**
	 * The default value of the '{@link #getLinearMemory() <em>Linear Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinearMemory()
	 * @generated
	 * @ordered
	 */
	protected static final long LINEAR_MEMORY_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getLinearMemory() <em>Linear Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinearMemory()
	 * @generated
	 * @ordered
	 */
	protected long linearMemory = LINEAR_MEMORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStack() <em>Stack</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStack()
	 * @generated
	 * @ordered
	 */
	protected static final long STACK_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStack() <em>Stack</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStack()
	 * @generated
	 * @ordered
	 */
	protected long stack = STACK_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeap() <em>Heap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeap()
	 * @generated
	 * @ordered
	 */
	protected static final long HEAP_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getHeap() <em>Heap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeap()
	 * @generated
	 * @ordered
	 */
	protected long heap = HEAP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBank() <em>Bank</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBank()
	 * @generated
	 * @ordered
	 */
	protected MemoryBank bank;

	/**
	 * The default value of the '{@link #getBase() <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBase()
	 * @generated
	 * @ordered
	 */
	protected static final long BASE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBase() <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBase()
	 * @generated
	 * @ordered
	 */
	protected long base = BASE_EDEFAULT;

	/**
	 * This is true if the Base attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean baseESet;

	/**
	 * The default value of the '{@link #isLaidOut() <em>Laid Out</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLaidOut()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LAID_OUT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLaidOut() <em>Laid Out</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLaidOut()
	 * @generated
	 * @ordered
	 */
	protected boolean laidOut = LAID_OUT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGrants() <em>Grants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrants()
	 * @generated
	 * @ordered
	 */
	protected EList<Grant> grants;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WasmModuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WasmpartPackage.Literals.WASM_MODULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Toolchain getToolchain() {
		return toolchain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetToolchain(Toolchain newToolchain, NotificationChain msgs) {
		Toolchain oldToolchain = toolchain;
		toolchain = newToolchain;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, WasmpartPackage.WASM_MODULE__TOOLCHAIN, oldToolchain, newToolchain);
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
	public void setToolchain(Toolchain newToolchain) {
		if (newToolchain != toolchain) {
			NotificationChain msgs = null;
			if (toolchain != null)
				msgs = ((InternalEObject)toolchain).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - WasmpartPackage.WASM_MODULE__TOOLCHAIN, null, msgs);
			if (newToolchain != null)
				msgs = ((InternalEObject)newToolchain).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - WasmpartPackage.WASM_MODULE__TOOLCHAIN, null, msgs);
			msgs = basicSetToolchain(newToolchain, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.WASM_MODULE__TOOLCHAIN, newToolchain, newToolchain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WasmFeature> getFeatures() {
		if (features == null) {
			features = new EDataTypeUniqueEList<WasmFeature>(WasmFeature.class, this, WasmpartPackage.WASM_MODULE__FEATURES);
		}
		return features;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WasmFeature> getDisabledFeatures() {
		if (disabledFeatures == null) {
			disabledFeatures = new EDataTypeUniqueEList<WasmFeature>(WasmFeature.class, this, WasmpartPackage.WASM_MODULE__DISABLED_FEATURES);
		}
		return disabledFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getLinearMemory() {
		return linearMemory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLinearMemory(long newLinearMemory) {
		long oldLinearMemory = linearMemory;
		linearMemory = newLinearMemory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.WASM_MODULE__LINEAR_MEMORY, oldLinearMemory, linearMemory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStack() {
		return stack;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStack(long newStack) {
		long oldStack = stack;
		stack = newStack;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.WASM_MODULE__STACK, oldStack, stack));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getHeap() {
		return heap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeap(long newHeap) {
		long oldHeap = heap;
		heap = newHeap;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.WASM_MODULE__HEAP, oldHeap, heap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MemoryBank getBank() {
		if (bank != null && bank.eIsProxy()) {
			InternalEObject oldBank = (InternalEObject)bank;
			bank = (MemoryBank)eResolveProxy(oldBank);
			if (bank != oldBank) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WasmpartPackage.WASM_MODULE__BANK, oldBank, bank));
			}
		}
		return bank;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MemoryBank basicGetBank() {
		return bank;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBank(MemoryBank newBank) {
		MemoryBank oldBank = bank;
		bank = newBank;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.WASM_MODULE__BANK, oldBank, bank));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBase() {
		return base;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBase(long newBase) {
		long oldBase = base;
		base = newBase;
		boolean oldBaseESet = baseESet;
		baseESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.WASM_MODULE__BASE, oldBase, base, !oldBaseESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetBase() {
		long oldBase = base;
		boolean oldBaseESet = baseESet;
		base = BASE_EDEFAULT;
		baseESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, WasmpartPackage.WASM_MODULE__BASE, oldBase, BASE_EDEFAULT, oldBaseESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetBase() {
		return baseESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLaidOut() {
		return laidOut;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLaidOut(boolean newLaidOut) {
		boolean oldLaidOut = laidOut;
		laidOut = newLaidOut;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.WASM_MODULE__LAID_OUT, oldLaidOut, laidOut));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Grant> getGrants() {
		if (grants == null) {
			grants = new EObjectContainmentWithInverseEList<Grant>(Grant.class, this, WasmpartPackage.WASM_MODULE__GRANTS, WasmpartPackage.GRANT__MODULE);
		}
		return grants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WasmpartPackage.WASM_MODULE__GRANTS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getGrants()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WasmpartPackage.WASM_MODULE__TOOLCHAIN:
				return basicSetToolchain(null, msgs);
			case WasmpartPackage.WASM_MODULE__GRANTS:
				return ((InternalEList<?>)getGrants()).basicRemove(otherEnd, msgs);
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
			case WasmpartPackage.WASM_MODULE__TOOLCHAIN:
				return getToolchain();
			case WasmpartPackage.WASM_MODULE__FEATURES:
				return getFeatures();
			case WasmpartPackage.WASM_MODULE__DISABLED_FEATURES:
				return getDisabledFeatures();
			case WasmpartPackage.WASM_MODULE__LINEAR_MEMORY:
				return getLinearMemory();
			case WasmpartPackage.WASM_MODULE__STACK:
				return getStack();
			case WasmpartPackage.WASM_MODULE__HEAP:
				return getHeap();
			case WasmpartPackage.WASM_MODULE__BANK:
				if (resolve) return getBank();
				return basicGetBank();
			case WasmpartPackage.WASM_MODULE__BASE:
				return getBase();
			case WasmpartPackage.WASM_MODULE__LAID_OUT:
				return isLaidOut();
			case WasmpartPackage.WASM_MODULE__GRANTS:
				return getGrants();
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
			case WasmpartPackage.WASM_MODULE__TOOLCHAIN:
				setToolchain((Toolchain)newValue);
				return;
			case WasmpartPackage.WASM_MODULE__FEATURES:
				getFeatures().clear();
				getFeatures().addAll((Collection<? extends WasmFeature>)newValue);
				return;
			case WasmpartPackage.WASM_MODULE__DISABLED_FEATURES:
				getDisabledFeatures().clear();
				getDisabledFeatures().addAll((Collection<? extends WasmFeature>)newValue);
				return;
			case WasmpartPackage.WASM_MODULE__LINEAR_MEMORY:
				setLinearMemory((Long)newValue);
				return;
			case WasmpartPackage.WASM_MODULE__STACK:
				setStack((Long)newValue);
				return;
			case WasmpartPackage.WASM_MODULE__HEAP:
				setHeap((Long)newValue);
				return;
			case WasmpartPackage.WASM_MODULE__BANK:
				setBank((MemoryBank)newValue);
				return;
			case WasmpartPackage.WASM_MODULE__BASE:
				setBase((Long)newValue);
				return;
			case WasmpartPackage.WASM_MODULE__LAID_OUT:
				setLaidOut((Boolean)newValue);
				return;
			case WasmpartPackage.WASM_MODULE__GRANTS:
				getGrants().clear();
				getGrants().addAll((Collection<? extends Grant>)newValue);
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
			case WasmpartPackage.WASM_MODULE__TOOLCHAIN:
				setToolchain((Toolchain)null);
				return;
			case WasmpartPackage.WASM_MODULE__FEATURES:
				getFeatures().clear();
				return;
			case WasmpartPackage.WASM_MODULE__DISABLED_FEATURES:
				getDisabledFeatures().clear();
				return;
			case WasmpartPackage.WASM_MODULE__LINEAR_MEMORY:
				setLinearMemory(LINEAR_MEMORY_EDEFAULT);
				return;
			case WasmpartPackage.WASM_MODULE__STACK:
				setStack(STACK_EDEFAULT);
				return;
			case WasmpartPackage.WASM_MODULE__HEAP:
				setHeap(HEAP_EDEFAULT);
				return;
			case WasmpartPackage.WASM_MODULE__BANK:
				setBank((MemoryBank)null);
				return;
			case WasmpartPackage.WASM_MODULE__BASE:
				unsetBase();
				return;
			case WasmpartPackage.WASM_MODULE__LAID_OUT:
				setLaidOut(LAID_OUT_EDEFAULT);
				return;
			case WasmpartPackage.WASM_MODULE__GRANTS:
				getGrants().clear();
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
			case WasmpartPackage.WASM_MODULE__TOOLCHAIN:
				return toolchain != null;
			case WasmpartPackage.WASM_MODULE__FEATURES:
				return features != null && !features.isEmpty();
			case WasmpartPackage.WASM_MODULE__DISABLED_FEATURES:
				return disabledFeatures != null && !disabledFeatures.isEmpty();
			case WasmpartPackage.WASM_MODULE__LINEAR_MEMORY:
				return linearMemory != LINEAR_MEMORY_EDEFAULT;
			case WasmpartPackage.WASM_MODULE__STACK:
				return stack != STACK_EDEFAULT;
			case WasmpartPackage.WASM_MODULE__HEAP:
				return heap != HEAP_EDEFAULT;
			case WasmpartPackage.WASM_MODULE__BANK:
				return bank != null;
			case WasmpartPackage.WASM_MODULE__BASE:
				return isSetBase();
			case WasmpartPackage.WASM_MODULE__LAID_OUT:
				return laidOut != LAID_OUT_EDEFAULT;
			case WasmpartPackage.WASM_MODULE__GRANTS:
				return grants != null && !grants.isEmpty();
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
		result.append(" (features: ");
		result.append(features);
		result.append(", disabledFeatures: ");
		result.append(disabledFeatures);
		result.append(", linearMemory: ");
		result.append(linearMemory);
		result.append(", stack: ");
		result.append(stack);
		result.append(", heap: ");
		result.append(heap);
		result.append(", base: ");
		if (baseESet) result.append(base); else result.append("<unset>");
		result.append(", laidOut: ");
		result.append(laidOut);
		result.append(')');
		return result.toString();
	}

} //WasmModuleImpl
