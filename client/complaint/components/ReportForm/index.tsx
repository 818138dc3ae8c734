import { Text, Textarea, View } from '@tarojs/components';
import type { Dispatch, ReactNode, SetStateAction } from 'react';
import Field from '../../../components/Field';
import PhotoPicker, { type Photo } from '../PhotoPicker';
import './index.css';

/** Photos a report may carry. */
const MAX_PHOTOS = 3;

/**
 * The card of a report to the venue (a complaint, damage found at the end of use): long answers, each label
 * above its control across the row.
 */
export default function ReportForm({ children }: { children: ReactNode }) {
  return <View className="report-form">{children}</View>;
}

interface TextBoxProps {
  value: string;
  placeholder: string;
  max: number;
  onChange: (value: string) => void;
  /** The text area's own class (its height; the page tests type into it). */
  className: string;
  /** Shows how much of `max` is written (`12/1000`). */
  counted?: boolean;
}

/** A framed text area for a long answer, with its count under it. */
export function TextBox({ value, placeholder, max, onChange, className, counted = true }: TextBoxProps) {
  return (
    <>
      <View className="report-form__box">
        <Textarea
          className={`report-form__textarea ${className}`}
          value={value}
          placeholder={placeholder}
          maxlength={max}
          onInput={(e) => onChange(e.detail.value)}
        />
      </View>
      {counted && (
        <Text className="report-form__count">
          {value.length}/{max}
        </Text>
      )}
    </>
  );
}

/** 照片: up to three, uploaded as soon as they are chosen (the report sends their file ids). */
export function PhotoField(props: { photos: Photo[]; onChange: Dispatch<SetStateAction<Photo[]>>; error?: string }) {
  return (
    <Field label="照片" error={props.error}>
      <PhotoPicker photos={props.photos} onChange={props.onChange} max={MAX_PHOTOS} />
    </Field>
  );
}
