;; scanPacked as a WebAssembly kernel. {{NAME}} placeholders are byte offsets of
;; the tables in linear memory, substituted by bench.ts before assembling:
;;   cls u16[65536] at 0, word i32[] at {{WORD}}, rootNext i32[] at {{RN}},
;;   rootWord i32[] at {{RW}}, fail i32[] at {{FAIL}}, text u16[] at {{TEXT}},
;;   marks: i32 triples written from byte m (12 bytes of slack past markEnd).
;; scan(from, to, s, lastSkip, baseBits, codeBits, m, markEnd) -> next unit index;
;; it stops early (after writing a mark) when the marks reach markEnd.
;; Final state / lastSkip / mark end (bytes) are left in the exported globals.
(module
  (memory (export "mem") {{PAGES}})
  (global $outS (export "outS") (mut i32) (i32.const 0))
  (global $outSkip (export "outSkip") (mut i32) (i32.const 0))
  (global $outM (export "outM") (mut i32) (i32.const 0))
  (func (export "scan") (param $i i32) (param $to i32) (param $s i32) (param $lastSkip i32)
        (param $baseBits i32) (param $codeBits i32) (param $m i32) (param $markEnd i32) (result i32)
    (local $c i32) (local $b i32) (local $t i32) (local $w i32) (local $f i32) (local $bf i32)
    (local $baseMask i32) (local $failDeep i32) (local $anyOut i32)
    (local $codeShift i32) (local $root i32)
    (local.set $baseMask (i32.sub (i32.shl (i32.const 1) (local.get $baseBits)) (i32.const 1)))
    (local.set $failDeep (i32.shl (i32.const 1) (local.get $baseBits)))
    (local.set $anyOut (i32.shl (i32.const 6) (local.get $baseBits)))
    (local.set $codeShift (i32.sub (i32.const 32) (local.get $codeBits)))
    (local.set $root (i32.load offset={{WORD}} (i32.const 0)))
    (local.set $b (i32.load offset={{WORD}} (i32.shl (local.get $s) (i32.const 2))))
    (block $done
      (br_if $done (i32.ge_u (local.get $i) (local.get $to)))
      (loop $unit
        (block $next
          ;; c = cls[text[i]]
          (local.set $c (i32.load16_u
            (i32.shl (i32.load16_u offset={{TEXT}} (i32.shl (local.get $i) (i32.const 1))) (i32.const 1))))
          (if (i32.le_u (local.get $c) (i32.const 1))
            (then
              (if (local.get $c)
                (then (local.set $lastSkip (local.get $i)))
                (else (local.set $s (i32.const 0)) (local.set $b (local.get $root))))
              (br $next)))
          (local.set $t (i32.add (i32.and (local.get $b) (local.get $baseMask)) (local.get $c)))
          (local.set $w (i32.load offset={{WORD}} (i32.shl (local.get $t) (i32.const 2))))
          (if (i32.eq (i32.shr_u (local.get $w) (local.get $codeShift)) (local.get $c))
            (then (local.set $s (local.get $t)) (local.set $b (local.get $w)))
            (else
              (if (i32.eqz (i32.and (local.get $b) (local.get $failDeep)))
                (then
                  (local.set $s (i32.load offset={{RN}} (i32.shl (local.get $c) (i32.const 2))))
                  (local.set $b (i32.load offset={{RW}} (i32.shl (local.get $c) (i32.const 2)))))
                (else
                  ;; walk the failure chain
                  (local.set $f (i32.load offset={{FAIL}} (i32.shl (local.get $s) (i32.const 2))))
                  (block $found
                    (loop $walk
                      (local.set $bf (i32.load offset={{WORD}} (i32.shl (local.get $f) (i32.const 2))))
                      (local.set $t (i32.add (i32.and (local.get $bf) (local.get $baseMask)) (local.get $c)))
                      (if (i32.eq (i32.shr_u (i32.load offset={{WORD}} (i32.shl (local.get $t) (i32.const 2)))
                                             (local.get $codeShift)) (local.get $c))
                        (then (local.set $s (local.get $t)) (br $found)))
                      (if (i32.eqz (i32.and (local.get $bf) (local.get $failDeep)))
                        (then (local.set $s (i32.load offset={{RN}} (i32.shl (local.get $c) (i32.const 2))))
                              (br $found)))
                      (local.set $f (i32.load offset={{FAIL}} (i32.shl (local.get $f) (i32.const 2))))
                      (br $walk)))
                  (local.set $b (i32.load offset={{WORD}} (i32.shl (local.get $s) (i32.const 2))))))))
          (if (i32.and (local.get $b) (local.get $anyOut))
            (then
              (i32.store (local.get $m) (local.get $i))
              (i32.store offset=4 (local.get $m) (local.get $s))
              (i32.store offset=8 (local.get $m) (local.get $lastSkip))
              (local.set $m (i32.add (local.get $m) (i32.const 12)))
              (if (i32.ge_u (local.get $m) (local.get $markEnd))
                (then (local.set $i (i32.add (local.get $i) (i32.const 1))) (br $done))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $unit (i32.lt_u (local.get $i) (local.get $to)))))
    (global.set $outS (local.get $s))
    (global.set $outSkip (local.get $lastSkip))
    (global.set $outM (local.get $m))
    (local.get $i))
)
